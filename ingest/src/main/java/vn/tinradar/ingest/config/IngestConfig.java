package vn.tinradar.ingest.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.common.config.ConfigDocument;

/**
 * Typed settings of the crawler, bound from {@code /ingest} of the merged configuration
 * (defaults in {@code ingest-defaults.yaml}); every value is checked once here, with its file and line.
 */
public record IngestConfig(
        String sourcesFile,
        String userAgent,
        String robotName,
        int connectTimeoutMs,
        int readTimeoutMs,
        int maxRedirects,
        long maxPageBytes,
        long maxFeedBytes,
        int globalConcurrency,
        int pollThreads,
        int perHostConcurrency,
        long perHostMinIntervalMs,
        int maxRetries,
        long retryBackoffMs,
        long retryMaxBackoffMs,
        int defaultMinIntervalSeconds,
        int defaultMaxIntervalSeconds,
        int failureBackoffMaxSeconds,
        int backoffAfterFailures,
        int silentAfterFactor,
        int silentFloorMinutes,
        int healthHeartbeatSeconds,
        int healthCheckSeconds,
        int robotsCacheMinutes,
        int futureDateToleranceMinutes,
        int maxItemsPerPoll,
        int postRecountMinutes,
        int maxItemAgeDays,
        int seenRetentionDays,
        long stateRestoreTimeoutMs,
        long documentBudgetMs,
        List<String> itemFilters,
        Recheck recheck,
        Imports imports) {

    public static final String DEFAULTS_RESOURCE = "ingest-defaults.yaml";

    /** The keep/drop rules {@code item-filters} may name (built by {@code filter.ItemFilters}). */
    public static final List<String> KNOWN_ITEM_FILTERS = List.of("too-old-in-feed", "already-sent",
            "unreadable-revision", "no-content", "too-old-on-page", "same-as-sent");

    /** Rules without which a restart or a feed that lists an article for days would send it again. */
    public static final List<String> REQUIRED_ITEM_FILTERS = List.of("already-sent", "same-as-sent");

    public IngestConfig {
        itemFilters = itemFilters == null ? null : List.copyOf(itemFilters);
    }

    /**
     * Re-checks of articles after publication (silent edits, takedowns), bound from {@code /ingest/recheck}.
     *
     * @param stepsMinutes when to look again after the article was first seen, growing
     * @param thenEveryHours afterwards, how often while an alert or incident about it is open
     * @param maxDays no re-check later than this after the article was first seen
     * @param maxPerHour at most this many re-checks an hour, a share of the crawl kept for new articles
     */
    public record Recheck(boolean enabled, List<Integer> stepsMinutes, int thenEveryHours, int maxDays,
                          int maxPerHour) {

        public Recheck {
            stepsMinutes = stepsMinutes == null ? null : List.copyOf(stepsMinutes);
        }
    }

    /**
     * Social posts imported from files, bound from {@code /ingest/imports}.
     *
     * @param folder the folder watched for {@code .jsonl}/{@code .csv} files; null or empty: no import
     * @param pollSeconds how often the folder is looked at; a file is read once its size stayed the same between two
     *     looks, so a file still being copied in is never read half
     * @param maxFileBytes a larger file is refused whole, with a report saying so
     * @param defaultPlatform the platform of a post whose line names none and whose address is of no known platform
     */
    public record Imports(String folder, int pollSeconds, long maxFileBytes, String defaultPlatform) {

        public boolean enabled() {
            return folder != null && !folder.isBlank();
        }
    }

    /** Binds and validates {@code /ingest}; errors are {@code ConfigException}s naming file and line. */
    public static IngestConfig from(ConfigDocument doc) {
        IngestConfig c = doc.bind("/ingest", IngestConfig.class);
        doc.check(c.sourcesFile != null && !c.sourcesFile.isBlank(), "/ingest/sources-file", "must be set");
        doc.check(c.userAgent != null && !c.userAgent.isBlank(), "/ingest/user-agent", "must be set");
        doc.check(c.robotName != null && c.robotName.matches("[a-z0-9_-]+"), "/ingest/robot-name",
                "must be lower-case letters, digits, '-' or '_' but was '" + c.robotName + "'");
        positive(doc, "connect-timeout-ms", c.connectTimeoutMs);
        positive(doc, "read-timeout-ms", c.readTimeoutMs);
        doc.check(c.maxRedirects >= 0 && c.maxRedirects <= 20, "/ingest/max-redirects",
                "must be between 0 and 20 but was " + c.maxRedirects);
        positive(doc, "max-page-bytes", c.maxPageBytes);
        positive(doc, "max-feed-bytes", c.maxFeedBytes);
        positive(doc, "global-concurrency", c.globalConcurrency);
        positive(doc, "poll-threads", c.pollThreads);
        positive(doc, "per-host-concurrency", c.perHostConcurrency);
        doc.check(c.perHostConcurrency <= c.globalConcurrency, "/ingest/per-host-concurrency",
                "must be <= global-concurrency (" + c.globalConcurrency + ") but was " + c.perHostConcurrency);
        notNegative(doc, "per-host-min-interval-ms", c.perHostMinIntervalMs);
        notNegative(doc, "max-retries", c.maxRetries);
        notNegative(doc, "retry-backoff-ms", c.retryBackoffMs);
        doc.check(c.retryMaxBackoffMs >= c.retryBackoffMs, "/ingest/retry-max-backoff-ms",
                "must be >= retry-backoff-ms (" + c.retryBackoffMs + ") but was " + c.retryMaxBackoffMs);
        positive(doc, "default-min-interval-seconds", c.defaultMinIntervalSeconds);
        doc.check(c.defaultMaxIntervalSeconds >= c.defaultMinIntervalSeconds, "/ingest/default-max-interval-seconds",
                "must be >= default-min-interval-seconds (" + c.defaultMinIntervalSeconds + ") but was "
                        + c.defaultMaxIntervalSeconds);
        positive(doc, "failure-backoff-max-seconds", c.failureBackoffMaxSeconds);
        positive(doc, "backoff-after-failures", c.backoffAfterFailures);
        positive(doc, "silent-after-factor", c.silentAfterFactor);
        positive(doc, "silent-floor-minutes", c.silentFloorMinutes);
        positive(doc, "health-heartbeat-seconds", c.healthHeartbeatSeconds);
        positive(doc, "health-check-seconds", c.healthCheckSeconds);
        positive(doc, "robots-cache-minutes", c.robotsCacheMinutes);
        notNegative(doc, "future-date-tolerance-minutes", c.futureDateToleranceMinutes);
        positive(doc, "max-items-per-poll", c.maxItemsPerPoll);
        positive(doc, "post-recount-minutes", c.postRecountMinutes);
        positive(doc, "document-budget-ms", c.documentBudgetMs);
        positive(doc, "max-item-age-days", c.maxItemAgeDays);
        doc.check(c.seenRetentionDays > c.maxItemAgeDays, "/ingest/seen-retention-days",
                "must be > max-item-age-days (" + c.maxItemAgeDays + ") so a forgotten item is always too old to send"
                        + " again, but was " + c.seenRetentionDays);
        positive(doc, "state-restore-timeout-ms", c.stateRestoreTimeoutMs);
        checkItemFilters(doc, c.itemFilters);
        checkRecheck(doc, c.recheck);
        checkImports(doc, c.imports);
        return c;
    }

    private static void checkItemFilters(ConfigDocument doc, List<String> names) {
        doc.check(names != null && !names.isEmpty(), "/ingest/item-filters", "must list the keep/drop rules, e.g. "
                + KNOWN_ITEM_FILTERS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = "/ingest/item-filters/" + i;
            doc.check(KNOWN_ITEM_FILTERS.contains(name), at, "unknown rule '" + name + "'; known: " + KNOWN_ITEM_FILTERS);
            doc.check(seen.add(name), at, "'" + name + "' is listed twice");
        }
        for (String required : REQUIRED_ITEM_FILTERS) {
            doc.check(seen.contains(required), "/ingest/item-filters", "must include '" + required
                    + "': without it a restart, or a feed that lists an article for days, sends it again");
        }
    }

    private static void checkRecheck(ConfigDocument doc, Recheck r) {
        doc.check(r != null, "/ingest/recheck", "must be set (enabled, steps-minutes, then-every-hours, max-days, "
                + "max-per-hour)");
        List<Integer> steps = r.stepsMinutes();
        doc.check(steps != null && !steps.isEmpty(), "/ingest/recheck/steps-minutes", "must list at least one step");
        for (int i = 0; i < steps.size(); i++) {
            Integer step = steps.get(i);
            doc.check(step != null && step > 0, "/ingest/recheck/steps-minutes/" + i, "must be > 0 but was " + step);
            doc.check(i == 0 || step > steps.get(i - 1), "/ingest/recheck/steps-minutes/" + i,
                    "must be greater than the step before (" + (i == 0 ? "" : steps.get(i - 1)) + ") but was " + step);
        }
        doc.check(r.thenEveryHours() > 0, "/ingest/recheck/then-every-hours", "must be > 0 but was "
                + r.thenEveryHours());
        doc.check(r.maxDays() > 0, "/ingest/recheck/max-days", "must be > 0 but was " + r.maxDays());
        doc.check(r.maxPerHour() > 0, "/ingest/recheck/max-per-hour", "must be > 0 but was " + r.maxPerHour());
    }

    private static void checkImports(ConfigDocument doc, Imports i) {
        doc.check(i != null, "/ingest/imports", "must be set (folder, poll-seconds, max-file-bytes, default-platform)");
        doc.check(i.pollSeconds() > 0, "/ingest/imports/poll-seconds", "must be > 0 but was " + i.pollSeconds());
        doc.check(i.maxFileBytes() > 0, "/ingest/imports/max-file-bytes", "must be > 0 but was " + i.maxFileBytes());
        doc.check(i.defaultPlatform() != null && i.defaultPlatform().matches("[a-z0-9]+"),
                "/ingest/imports/default-platform", "must be one lower-case word but was '" + i.defaultPlatform() + "'");
    }

    /** The shipped defaults alone, for tools and tests that take no user file. */
    public static IngestConfig defaults() {
        return from(ConfigDocument.loadResource(DEFAULTS_RESOURCE));
    }

    private static void positive(ConfigDocument doc, String key, long value) {
        doc.check(value > 0, "/ingest/" + key, "must be > 0 but was " + value);
    }

    private static void notNegative(ConfigDocument doc, String key, long value) {
        doc.check(value >= 0, "/ingest/" + key, "must be >= 0 but was " + value);
    }
}
