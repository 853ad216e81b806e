package vn.tinradar.deploy.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.text.VnTime;

/**
 * An incident's articles counted per hour (when its articles span at most {@link #HOURLY_UP_TO}) or per day
 * (Vietnam time), negative ones apart, with the responses given in each bucket.
 */
public record Coverage(boolean hourly, List<Bucket> buckets) {

    static final Duration HOURLY_UP_TO = Duration.ofDays(3);

    /** One hour or day: when it starts, articles, negative articles, and the ids of the responses given in it. */
    public record Bucket(ZonedDateTime start, int articles, int negative, List<String> responses) {
    }

    public static Coverage of(Incident incident) {
        List<Instant> times = new ArrayList<>();
        incident.articles().stream().map(IncidentArticle::published).filter(java.util.Objects::nonNull)
                .forEach(times::add);
        incident.responses().forEach(r -> times.add(r.at()));
        if (times.isEmpty()) {
            return new Coverage(true, List.of());
        }
        Instant first = times.stream().min(Instant::compareTo).orElseThrow();
        Instant last = times.stream().max(Instant::compareTo).orElseThrow();
        boolean hourly = Duration.between(first, last).compareTo(HOURLY_UP_TO) <= 0;
        ChronoUnit unit = hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        ZonedDateTime start = first.atZone(VnTime.ZONE).truncatedTo(unit);
        ZonedDateTime end = last.atZone(VnTime.ZONE).truncatedTo(unit);
        List<Bucket> buckets = new ArrayList<>();
        for (ZonedDateTime b = start; !b.isAfter(end); b = b.plus(1, unit)) {
            Instant from = b.toInstant();
            Instant to = b.plus(1, unit).toInstant();
            int n = 0;
            int negative = 0;
            for (IncidentArticle a : incident.articles()) {
                if (a.published() != null && !a.published().isBefore(from) && a.published().isBefore(to)) {
                    n++;
                    negative += a.negative() ? 1 : 0;
                }
            }
            List<String> responses = incident.responses().stream()
                    .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to)).map(IncidentResponse::id).toList();
            buckets.add(new Bucket(b, n, negative, responses));
        }
        return new Coverage(hourly, buckets);
    }
}
