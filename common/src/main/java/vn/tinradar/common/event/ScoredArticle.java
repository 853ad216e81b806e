package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An article after analysis: the value of {@code articles.scored}, keyed by article id.
 *
 * <p>{@code duplicateOf} names the earliest copy when this one is a near-verbatim copy of it (syndication or
 * copy-paste), so counts can tell spread from volume. {@code storyId} groups articles about the same event.
 * {@code relevance} says why {@code relevant} is what it is (null in records written before it existed).
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
        Relevance relevance) {

    public static final int VERSION = 1;

    /** An article scored without a stated reason for its relevance (tests, and records of earlier versions). */
    public ScoredArticle(int v, Article article, boolean relevant, List<PlaceTag> places, List<TopicScore> topics,
            Sentiment sentiment, Suspicion suspicion, String storyId, String duplicateOf, Instant scoredAt) {
        this(v, article, relevant, places, topics, sentiment, suspicion, storyId, duplicateOf, scoredAt, null);
    }

    public String id() {
        return article.id();
    }

    public ScoredArticle withStory(String newStoryId, String newDuplicateOf) {
        return new ScoredArticle(v, article, relevant, places, topics, sentiment, suspicion, newStoryId,
                newDuplicateOf, scoredAt, relevance);
    }

    public ScoredArticle withSuspicion(Suspicion newSuspicion) {
        return new ScoredArticle(v, article, relevant, places, topics, sentiment, newSuspicion, storyId, duplicateOf,
                scoredAt, relevance);
    }
}
