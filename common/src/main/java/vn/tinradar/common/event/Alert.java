package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * One alert as staff see it: the value of the compacted {@code alerts} topic, keyed by {@link #id()}.
 *
 * <p>An alert groups everything one rule found about one story, topic or place; it is updated in place
 * (higher {@code revision}) as the story grows, so the topic's latest value is the alert's current state.
 * {@code signals} say why it fired, in words staff can check against {@code articles}.
 */
public record Alert(
        int v,
        String id,
        String rule,
        Severity severity,
        AlertStatus status,
        String title,
        String summary,
        String suggestedAction,
        List<Signal> signals,
        List<ArticleRef> articles,
        String storyId,
        String topic,
        String place,
        Instant firstSeen,
        Instant lastSeen,
        Instant updatedAt,
        int revision,
        String ackBy,
        Instant ackAt) {

    public static final int VERSION = 1;
}
