package vn.tinradar.deploy.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day of a replay as staff would review it: what came in, how many new stories it made, and which alerts
 * their articles raised, by rule.
 *
 * @param alertsByRule firing and resolved alerts whose earliest article falls on this day, by rule
 * @param alertTitles one line per alert: rule, status, title
 */
public record ReplayDay(LocalDate day, int articles, int relevant, int newStories,
                        Map<String, Integer> alertsByRule, List<String> alertTitles) {
}
