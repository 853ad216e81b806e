package vn.tinradar.analyze.score.suspicion;

import java.time.Instant;

/**
 * How long a source's domain has been seen, as the topology remembers it: the earliest article time of the domain
 * and when the task that keeps it began watching at all.
 *
 * @param domain host of the source's articles without {@code www.}/{@code m.}, e.g. {@code tinnong24h.net}
 * @param firstSeen earliest time of any article from it (its own date, capped at its arrival)
 * @param monitoredSince when TinRadar started counting: a domain first seen right then may be old
 * @param articles how many articles of the domain were seen
 */
public record SourceHistory(String sourceId, String domain, Instant firstSeen, Instant monitoredSince,
                            long articles) {
}
