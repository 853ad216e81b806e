package vn.tinradar.alerts.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tinradar.alerts.config.AlertsConfig;

/**
 * What the dashboard shows of one draft policy over its consultation window: articles per day (every day of the
 * window, zeros included), tone split, sources by tier, the stories naming it, and the compiled feedback.
 */
public record PolicyPage(AlertsConfig.Policy policy, int articles, List<Day> perDay, Map<String, Integer> tone,
                         Map<String, Integer> tiers, List<StoryLine> stories, CompiledFeedback feedback) {

    /** Articles naming the policy on one day (Vietnam time). */
    public record Day(LocalDate day, int articles) {
    }

    /** A story naming the policy: its id, the title of its first article there, and how many of them name it. */
    public record StoryLine(String storyId, String title, String url, int articles) {
    }
}
