package vn.tinradar.alerts.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;

/**
 * The live alert of a trend group, read from the alerts topic's global copy: which alert a finding carries when its
 * stories merge and it moves to the merged story's group (issue 11: one storm was a chain of 3–4 alerts).
 */
final class GroupAlerts {

    /** The rules whose findings are grouped by story or topic and place ({@code alerts-trend-groups}). */
    private static final Set<String> TREND_GROUPED = Set.of(TopicBurstRule.NAME, NegativeSurgeRule.NAME,
            StorySpreadRule.NAME);
    private static final String STORY_GROUP = TrendSamples.storyGroupKey("");

    private final Supplier<? extends Collection<Alert>> alerts;

    /** @param alerts every alert as the alerts topic holds it now (latest revision per id) */
    GroupAlerts(Supplier<? extends Collection<Alert>> alerts) {
        this.alerts = alerts;
    }

    /** Without the alerts topic (no scored articles read): nothing is ever carried. */
    static GroupAlerts none() {
        return new GroupAlerts(List::of);
    }

    /**
     * The alert a finding moving from group {@code from} to group {@code to} carries: {@code from}'s live alert, when
     * {@code to} is a story's group without a live alert of its own (else the finding joins that alert, and
     * {@code from}'s is resolved as before).
     */
    Optional<Alert> toCarry(String from, String to) {
        if (!to.startsWith(STORY_GROUP)) {
            return Optional.empty();
        }
        Collection<Alert> all = alerts.get();
        return liveIn(all, to).isPresent() ? Optional.empty() : liveIn(all, from);
    }

    /** True when {@code groupKey} has a live alert now (see {@link #liveIn}). */
    boolean live(String groupKey) {
        return liveIn(alerts.get(), groupKey).isPresent();
    }

    /**
     * The live alert of {@code groupKey}: one of the group's own ids ({@link AlertGrouping#id}), or, for a story's
     * group, an alert of the story carried there from a group it merged with.
     */
    static Optional<Alert> liveIn(Collection<Alert> all, String groupKey) {
        String base = AlertGrouping.id(groupKey, 0);
        String story = groupKey.startsWith(STORY_GROUP) ? groupKey.substring(STORY_GROUP.length()) : null;
        return all.stream()
                .filter(a -> a != null && a.id() != null && a.status() != AlertStatus.RESOLVED
                        && TREND_GROUPED.contains(a.rule()))
                .filter(a -> generationOf(a.id(), base) || story != null && story.equals(a.storyId()))
                .min(Comparator.comparing(Alert::id));
    }

    private static boolean generationOf(String id, String base) {
        return id.equals(base) || id.startsWith(base + "-") && id.substring(base.length() + 1).chars()
                .allMatch(Character::isDigit);
    }
}
