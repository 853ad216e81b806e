package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An article an incident collected from one of its stories, with what the timeline and the before/after counts
 * need: its source, when it was published, its tone, and the reviewed false claims it repeats.
 *
 * @param storyId the story the article was scored into (an absorbed story's id for articles from before a merge)
 * @param tone {@code positive}, {@code neutral} or {@code negative}; {@code toneScore} in [-1, 1]
 * @param falseClaims the reviewed fake or false claims it repeats, as their text
 */
public record IncidentArticle(String id, String title, String url, String source, Instant published, String storyId,
                              String tone, double toneScore, List<String> falseClaims, Instant collectedAt) {

    public IncidentArticle {
        falseClaims = falseClaims == null ? List.of() : List.copyOf(falseClaims);
    }

    public boolean negative() {
        return Sentiment.NEGATIVE.equals(tone);
    }
}
