package vn.tinradar.deploy.incident;

import java.time.Instant;

/**
 * One line of an incident's timeline.
 *
 * @param kind {@code article}, {@code alert}, {@code alert-action}, {@code response}, {@code task},
 *     {@code handover} or {@code change} (opened, closed, a story followed)
 * @param by who acted, for staff actions and changes; {@code source} and {@code tone} for articles
 */
public record TimelineEntry(Instant at, String kind, String title, String detail, String by, String source,
                            String tone, String url, String ref) {
}
