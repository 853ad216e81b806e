package vn.tinradar.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.FeedState;
import vn.tinradar.ingest.crawl.SourceStats;
import vn.tinradar.ingest.source.Source;

/**
 * Decides each source's crawling state and when it is worth publishing. A source is
 * <ul>
 *   <li>{@code failing} when one of its feeds has failed {@code backoff-after-failures} polls in a row (and is
 *       being backed off);</li>
 *   <li>{@code silent} when its newest article is older than {@code silent-after-factor} times its usual gap
 *       ({@link PublishingRhythm}), and never sooner than {@code silent-floor-minutes}, since nights and weekends
 *       are quiet for every publication;</li>
 *   <li>{@code ok} otherwise, and {@code pending} until its first poll.</li>
 * </ul>
 * A status is due for {@code ingest.health} when the state changed since the last one published, or
 * {@code health-heartbeat-seconds} after it. Time comes from the caller, so tests move it by hand.
 */
public final class SourceMonitor {

    /** Every state a source can be in, for the state gauge. */
    public static final List<String> STATES = List.of(SourceHealth.PENDING, SourceStatus.OK, SourceStatus.FAILING,
            SourceStatus.SILENT);

    private final IngestConfig config;
    private final Map<String, SourceStatus> published = new ConcurrentHashMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();

    public SourceMonitor(IngestConfig config) {
        this.config = config;
    }

    /**
     * The health of {@code source} at {@code now}.
     *
     * @param stats the source's counters and rhythm; null before the service started
     * @param startedAt when the service started (the start of the silence for a source that never sent anything)
     */
    public SourceHealth assess(Source source, SourceStats stats, List<FeedProgress> feeds, Instant startedAt,
                               Instant now) {
        boolean polled = feeds.stream().anyMatch(FeedProgress::polled);
        List<FeedProgress> failing = feeds.stream()
                .filter(f -> f.state() != null && f.state().failures() >= config.backoffAfterFailures()).toList();
        Instant next = feeds.stream().map(FeedProgress::state).filter(s -> s != null && s.nextPollAt() != null)
                .map(FeedState::nextPollAt).min(Instant::compareTo).orElse(null);
        Instant lastNew = stats == null ? null : stats.rhythm().last().orElse(null);
        if (lastNew == null) {
            lastNew = feeds.stream().map(FeedProgress::state).filter(s -> s != null && s.lastNewItem() != null)
                    .map(FeedState::lastNewItem).max(Instant::compareTo).orElse(null);
        }
        Optional<Duration> usualGap = stats == null ? Optional.empty() : stats.rhythm().usualGap();
        Duration threshold = silentAfter(usualGap);
        Instant quietSince = lastNew != null ? lastNew : startedAt != null ? startedAt : now;
        Duration quiet = Duration.between(quietSince, now);

        String state;
        String reason = null;
        if (!polled) {
            state = SourceHealth.PENDING;
        } else if (!failing.isEmpty()) {
            state = SourceStatus.FAILING;
            FeedProgress worst = failing.get(0);
            reason = failing.size() + "/" + feeds.size() + " nguồn cấp lỗi liên tiếp: " + worst.url() + " ("
                    + worst.state().failures() + " lần"
                    + (stats == null || stats.lastError() == null ? "" : ", lỗi gần nhất: " + stats.lastError())
                    + "); đang giãn lịch lấy tin";
        } else if (quiet.compareTo(threshold) > 0) {
            state = SourceStatus.SILENT;
            reason = (lastNew != null
                    ? "Không có bài mới từ " + VnTime.dateTime(lastNew)
                    : "Chưa có bài nào từ khi bắt đầu theo dõi lúc " + VnTime.dateTime(quietSince))
                    + ", đã " + words(quiet) + "; "
                    + usualGap.map(g -> "nguồn này thường có bài mới sau " + words(g))
                            .orElse("chưa đủ bài để biết nhịp đăng tin")
                    + ", ngưỡng im lặng " + words(threshold);
        } else {
            state = SourceStatus.OK;
        }
        current.put(source.id(), state);

        long fetches = stats == null ? 0 : stats.fetches();
        long errors = stats == null ? 0 : stats.errors();
        long emitted = stats == null ? 0 : stats.emitted();
        double days = startedAt == null ? 0
                : Math.max(1.0 / 24, Duration.between(startedAt, now).toSeconds() / 86400.0);
        return new SourceHealth(source.id(), source.name(), source.tier(), stats == null ? null : stats.lastSuccess(),
                stats == null ? null : stats.lastError(), stats == null ? null : stats.lastErrorAt(), fetches, errors,
                fetches == 0 ? 0 : (double) errors / fetches, emitted, days == 0 ? 0 : emitted / days,
                stats == null ? 0 : stats.emittedInDayBefore(now), lastNew, usualGap.map(Duration::toMinutes).orElse(0L),
                next, state, reason);
    }

    /** How long without a new article makes a source silent, given its usual gap (if known). */
    public Duration silentAfter(Optional<Duration> usualGap) {
        Duration floor = Duration.ofMinutes(config.silentFloorMinutes());
        return usualGap.map(g -> g.multipliedBy(config.silentAfterFactor())).filter(t -> t.compareTo(floor) > 0)
                .orElse(floor);
    }

    /**
     * The status to publish for {@code health}, if one is due: its state differs from the last one published, or
     * the heartbeat has passed. A pending source publishes nothing. Returning a status records it as published.
     */
    public synchronized Optional<SourceStatus> due(SourceHealth health, Instant now) {
        if (SourceHealth.PENDING.equals(health.state())) {
            return Optional.empty();
        }
        SourceStatus last = published.get(health.id());
        boolean changed = last == null || !last.state().equals(health.state());
        boolean heartbeat = last != null
                && !now.isBefore(last.observedAt().plusSeconds(config.healthHeartbeatSeconds()));
        if (!changed && !heartbeat) {
            return Optional.empty();
        }
        SourceStatus status = health.toStatus(now);
        published.put(health.id(), status);
        return Optional.of(status);
    }

    /** The state of the last assessment of {@code sourceId}, pending before any. */
    public String currentState(String sourceId) {
        return current.getOrDefault(sourceId, SourceHealth.PENDING);
    }

    /** "45 phút", "14 giờ", "3 ngày": how staff read a duration. */
    static String words(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 120) {
            return minutes + " phút";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return hours + " giờ";
        }
        return Math.round(hours / 24.0) + " ngày";
    }
}
