package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An article after analysis: the value of {@code articles.scored}, keyed by article id.
 *
 * <p>{@code duplicateOf} names the earliest copy when this one is a near-verbatim copy of it (syndication or
 * copy-paste), so counts can tell spread from volume. {@code storyId} groups articles about the same event.
 * {@code relevance} says why {@code relevant} is what it is (null in records written before it existed).
 * {@code engagementHistory} is a social post's counts at each observation that changed them, oldest first (null for
 * press articles and for records written before it was kept).
 */
public record ScoredArticle(
        int v,
        Article article,
        boolean relevant,
        List<PlaceTag> places,
        List<TopicScore> topics,
        Sentiment sentiment,
        Suspicion suspicion,
        String storyId,
        String duplicateOf,
        Instant scoredAt,
        Relevance relevance,
        List<EngagementObservation> engagementHistory) {

    public static final int VERSION = 1;

    /** An article scored without a stated reason for its relevance (tests, and records of earlier versions). */
    public ScoredArticle(int v, Article article, boolean relevant, List<PlaceTag> places, List<TopicScore> topics,
            Sentiment sentiment, Suspicion suspicion, String storyId, String duplicateOf, Instant scoredAt) {
        this(v, article, relevant, places, topics, sentiment, suspicion, storyId, duplicateOf, scoredAt, null, null);
    }

    /** An article scored with the reason for its relevance, without an engagement history (press articles). */
    public ScoredArticle(int v, Article article, boolean relevant, List<PlaceTag> places, List<TopicScore> topics,
            Sentiment sentiment, Suspicion suspicion, String storyId, String duplicateOf, Instant scoredAt,
            Relevance relevance) {
        this(v, article, relevant, places, topics, sentiment, suspicion, storyId, duplicateOf, scoredAt, relevance,
                null);
    }

    public String id() {
        return article.id();
    }

    public ScoredArticle withStory(String newStoryId, String newDuplicateOf) {
        return new ScoredArticle(v, article, relevant, places, topics, sentiment, suspicion, newStoryId,
                newDuplicateOf, scoredAt, relevance, engagementHistory);
    }

    public ScoredArticle withSuspicion(Suspicion newSuspicion) {
        return new ScoredArticle(v, article, relevant, places, topics, sentiment, newSuspicion, storyId, duplicateOf,
                scoredAt, relevance, engagementHistory);
    }
}
