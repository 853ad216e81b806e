package vn.tinradar.alerts.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.StoryMerge;

/**
 * The story an article is part of now. articles.scored carries the story id an article got when it was clustered;
 * when a bridging report later shows two stories to be one event, analyze publishes the absorbed id on
 * {@code stories.merges}, and a story may be absorbed again later, so a lookup follows the records hop by hop.
 * Without this, a trend's samples from the two halves of one event would look like two stories.
 */
final class StoryMerges {

    /** More hops than any real chain of merges; guards against a cycle written by a broken producer. */
    static final int MAX_HOPS = 32;

    private final Function<String, StoryMerge> merges;

    /** @param merges the merge record of an absorbed story id, null when the story was never absorbed */
    StoryMerges(Function<String, StoryMerge> merges) {
        this.merges = merges;
    }

    /** The story {@code storyId} is part of now: itself unless it was absorbed; null stays null. */
    String current(String storyId) {
        String id = storyId;
        Set<String> seen = new HashSet<>();
        for (int hop = 0; id != null && hop < MAX_HOPS && seen.add(id); hop++) {
            StoryMerge m = merges.apply(id);
            if (m == null || m.into() == null || m.into().equals(id)) {
                return id;
            }
            id = m.into();
        }
        return id;
    }

    /** {@code lookup} with each article's story resolved to the story it is part of now. */
    Function<String, Optional<ScoredArticle>> resolving(Function<String, Optional<ScoredArticle>> lookup) {
        return id -> lookup.apply(id).map(s -> {
            String now = current(s.storyId());
            return java.util.Objects.equals(now, s.storyId()) ? s : s.withStory(now, s.duplicateOf());
        });
    }
}
