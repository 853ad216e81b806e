package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.List;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;

/**
 * What one rule found in one input record, before grouping: {@code groupKey} names the story or
 * topic-and-place it is about, so every finding about the same thing lands in the same alert.
 */
public record Finding(
        String rule,
        String groupKey,
        Severity severity,
        String title,
        String summary,
        String suggestedAction,
        List<Signal> signals,
        List<ArticleRef> articles,
        String storyId,
        String topic,
        String place,
        Instant seenFrom,
        Instant seenTo) {
}
