package vn.tinradar.alerts.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;

/**
 * The stories that already have their own live alert (firing or acknowledged, in the group of the story's trends
 * and spread, {@link TrendSamples#storyGroupKey}), each resolved to the story it is part of now. A place or topic
 * finding whose samples these stories hold is explained by those alerts and joins one of them instead of firing
 * alone.
 */
final class RaisedStories {

    /** The id prefix of a story's one alert: {@link AlertGrouping#id} of a {@code story-trend|<story>} group. */
    private static final String STORY_ALERT_PREFIX = "story-trend-";

    private RaisedStories() {
    }

    /** The current ids of the stories whose alert in {@code alerts} is live. */
    static Set<String> of(Collection<Alert> alerts, StoryMerges merges) {
        Set<String> raised = new HashSet<>();
        for (Alert a : alerts) {
            if (a == null || a.storyId() == null || a.id() == null || !a.id().startsWith(STORY_ALERT_PREFIX)
                    || a.status() == AlertStatus.RESOLVED) {
                continue;
            }
            raised.add(merges.current(a.storyId()));
        }
        return Set.copyOf(raised);
    }
}
