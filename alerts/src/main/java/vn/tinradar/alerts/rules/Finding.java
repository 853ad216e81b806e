package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.List;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;

/**
 * What one rule found in one input record, before grouping: {@code groupKey} names the story or
 * topic-and-place it is about, so every finding about the same thing lands in the same alert. A finding that
 * {@code clears} says the condition is over (a source works again, a draft policy is covered again): it resolves
 * the group's alert, if one is firing, and the next finding that fires starts a new alert.
 *
 * <p>{@code rank} orders findings of one group by strength (a trend's burst score): the group's alert keeps the
 * wording of its strongest finding, so a weaker window or place of the same event adds its articles without
 * turning the headline back and forth. Findings of equal rank (the default 0) simply replace the wording.
 *
 * <p>{@code carried} is the live alert of another group that this finding brings along when it moves there (its
 * stories merged): the group takes that alert over, same id, as its next revision, instead of raising a new one. A
 * clearing finding with {@code carried} tells the old group its alert was handed over, so it neither resolves it nor
 * grows it again.
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
        Instant seenTo,
        boolean clears,
        double rank,
        Alert carried) {

    /** A finding carrying no other group's alert. */
    public Finding(String rule, String groupKey, Severity severity, String title, String summary,
                   String suggestedAction, List<Signal> signals, List<ArticleRef> articles, String storyId, String topic,
                   String place, Instant seenFrom, Instant seenTo, boolean clears, double rank) {
        this(rule, groupKey, severity, title, summary, suggestedAction, signals, articles, storyId, topic, place,
                seenFrom, seenTo, clears, rank, null);
    }

    /** A finding that fires (or keeps firing) its group's alert. */
    public Finding(String rule, String groupKey, Severity severity, String title, String summary,
                   String suggestedAction, List<Signal> signals, List<ArticleRef> articles, String storyId, String topic,
                   String place, Instant seenFrom, Instant seenTo) {
        this(rule, groupKey, severity, title, summary, suggestedAction, signals, articles, storyId, topic, place,
                seenFrom, seenTo, false, 0, null);
    }

    /** The condition behind the group's alert is over, as {@code why} says (Vietnamese, shown to staff). */
    public static Finding cleared(String rule, String groupKey, String why, Instant at) {
        return new Finding(rule, groupKey, Severity.INFO, "", why, "", List.of(), List.of(), null, null, null, at, at,
                true, 0, null);
    }

    /** The group's alert {@code handed} now follows another group: this group lets go of it, silently. */
    public static Finding handedOver(String rule, String groupKey, Alert handed, Instant at) {
        return new Finding(rule, groupKey, Severity.INFO, "", "", "", List.of(), List.of(), null, null, null, at, at,
                true, 0, handed);
    }

    /** This finding, bringing {@code alert} of the group it comes from to its own group. */
    public Finding carrying(Alert alert) {
        return new Finding(rule, groupKey, severity, title, summary, suggestedAction, signals, articles, storyId, topic,
                place, seenFrom, seenTo, clears, rank, alert);
    }

    /** Whether this finding only tells its group that the group's alert was handed over to another group. */
    public boolean handsOver() {
        return clears && carried != null;
    }
}
