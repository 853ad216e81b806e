package vn.tinradar.alerts.rules;

import java.util.Objects;
import java.util.Optional;
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

    private final Function<String, StoryMerge> merges;

    /** @param merges the merge record of an absorbed story id, null when the story was never absorbed */
    StoryMerges(Function<String, StoryMerge> merges) {
        this.merges = merges;
    }

    /** The story {@code storyId} is part of now: itself unless it was absorbed; null stays null. */
    String current(String storyId) {
        return StoryMerge.current(storyId, merges);
    }

    /** {@code lookup} with each article's story resolved to the story it is part of now. */
    Function<String, Optional<ScoredArticle>> resolving(Function<String, Optional<ScoredArticle>> lookup) {
        return id -> lookup.apply(id).map(s -> {
            String now = current(s.storyId());
            return Objects.equals(now, s.storyId()) ? s : s.withStory(now, s.duplicateOf());
        });
    }
}
