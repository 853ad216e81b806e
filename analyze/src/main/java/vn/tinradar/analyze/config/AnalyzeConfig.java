package vn.tinradar.analyze.config;

import java.nio.file.Path;
import java.time.Duration;
import vn.tinradar.common.config.ConfigDocument;

/**
 * Settings of the analyze stage, bound from {@code /analyze} (defaults: {@code analyze-defaults.yaml}).
 *
 * <p>Every duration carries its unit in the key; {@link #from} rejects impossible values with the file and line.
 */
public record AnalyzeConfig(
        int dedupWindowHours,
        int storyWindowHours,
        double nearDuplicateSimilarity,
        double storySimilarity,
        int lowTierSpreadMinSources,
        int lowTierSpreadWindowHours,
        int coordinatedMinAccounts,
        int coordinatedWindowMinutes,
        int storyRecentArticles,
        int trendWindowMinutes,
        int trendAdvanceMinutes,
        int trendGraceMinutes,
        int trendLongWindowHours,
        int trendLongAdvanceMinutes,
        int trendLongRecentBaselineDays,
        int trendSustainedWindowHours,
        int trendSustainedAdvanceHours,
        int trendSustainedRecentBaselineDays,
        int baselineWeeks,
        int baselineRecentHours,
        double baselineFloor,
        int trendMinHistoryHours,
        int trendWatchMinArticlesPerDay,
        int burstMinCount,
        double burstMinScore,
        double negativeSurgeMinShare,
        int trendSampleArticles,
        double trendTopicMinScore,
        double claimMinSimilarity,
        int claimMaxMatches,
        String modelsDir,
        int indexRamBufferMb,
        long indexCommitIntervalMs,
        int indexCatchUpSliceMs,
        int commitIntervalMs,
        int peerTimeoutMs,
        int exportMaxHits) {

    public static final String DEFAULTS_RESOURCE = "analyze-defaults.yaml";

    /** The defaults alone, for tests and the batch commands. */
    public static AnalyzeConfig defaults() {
        return from(ConfigDocument.loadResource(DEFAULTS_RESOURCE));
    }

    /** Binds and validates {@code /analyze} of an already overlaid document. */
    public static AnalyzeConfig from(ConfigDocument doc) {
        AnalyzeConfig c = doc.bind("/analyze", AnalyzeConfig.class);
        doc.check(c.dedupWindowHours > 0, "/analyze/dedup-window-hours", "must be > 0 but was " + c.dedupWindowHours);
        doc.check(c.storyWindowHours > 0, "/analyze/story-window-hours", "must be > 0 but was " + c.storyWindowHours);
        doc.check(c.nearDuplicateSimilarity > 0 && c.nearDuplicateSimilarity <= 1, "/analyze/near-duplicate-similarity",
                "must be in (0, 1] but was " + c.nearDuplicateSimilarity);
        doc.check(c.storySimilarity > 0 && c.storySimilarity <= 1, "/analyze/story-similarity",
                "must be in (0, 1] but was " + c.storySimilarity);
        doc.check(c.lowTierSpreadMinSources >= 2, "/analyze/low-tier-spread-min-sources",
                "must be >= 2 but was " + c.lowTierSpreadMinSources);
        doc.check(c.lowTierSpreadWindowHours > 0, "/analyze/low-tier-spread-window-hours",
                "must be > 0 but was " + c.lowTierSpreadWindowHours);
        doc.check(c.coordinatedMinAccounts >= 2, "/analyze/coordinated-min-accounts",
                "must be >= 2 but was " + c.coordinatedMinAccounts);
        doc.check(c.coordinatedWindowMinutes > 0, "/analyze/coordinated-window-minutes",
                "must be > 0 but was " + c.coordinatedWindowMinutes);
        doc.check(c.storyRecentArticles > 0, "/analyze/story-recent-articles",
                "must be > 0 but was " + c.storyRecentArticles);
        doc.check(c.trendAdvanceMinutes > 0, "/analyze/trend-advance-minutes",
                "must be > 0 but was " + c.trendAdvanceMinutes);
        doc.check(c.trendWindowMinutes >= c.trendAdvanceMinutes && c.trendWindowMinutes % c.trendAdvanceMinutes == 0,
                "/analyze/trend-window-minutes", "must be a multiple of trend-advance-minutes ("
                        + c.trendAdvanceMinutes + ") but was " + c.trendWindowMinutes);
        doc.check(c.trendGraceMinutes >= 0, "/analyze/trend-grace-minutes", "must be >= 0 but was " + c.trendGraceMinutes);
        doc.check(c.trendLongAdvanceMinutes > 0, "/analyze/trend-long-advance-minutes",
                "must be > 0 but was " + c.trendLongAdvanceMinutes);
        doc.check(c.trendLongWindowHours * 60 > c.trendWindowMinutes
                        && c.trendLongWindowHours * 60 % c.trendLongAdvanceMinutes == 0,
                "/analyze/trend-long-window-hours", "must be longer than trend-window-minutes and a multiple of "
                        + "trend-long-advance-minutes (" + c.trendLongAdvanceMinutes + ") but was "
                        + c.trendLongWindowHours + " h");
        doc.check(c.trendLongRecentBaselineDays >= 1, "/analyze/trend-long-recent-baseline-days",
                "must be >= 1 but was " + c.trendLongRecentBaselineDays);
        doc.check(c.trendSustainedWindowHours == 0 || c.trendSustainedAdvanceHours > 0
                        && c.trendSustainedWindowHours > c.trendLongWindowHours
                        && c.trendSustainedWindowHours % c.trendSustainedAdvanceHours == 0,
                "/analyze/trend-sustained-window-hours", "must be 0 (off), or longer than trend-long-window-hours ("
                        + c.trendLongWindowHours + ") and a multiple of trend-sustained-advance-hours ("
                        + c.trendSustainedAdvanceHours + "), but was " + c.trendSustainedWindowHours);
        doc.check(c.trendSustainedRecentBaselineDays >= 1, "/analyze/trend-sustained-recent-baseline-days",
                "must be >= 1 but was " + c.trendSustainedRecentBaselineDays);
        doc.check(c.baselineWeeks >= 1, "/analyze/baseline-weeks", "must be >= 1 but was " + c.baselineWeeks);
        doc.check(c.baselineRecentHours >= 1, "/analyze/baseline-recent-hours",
                "must be >= 1 but was " + c.baselineRecentHours);
        doc.check(c.trendTopicMinScore >= 0 && c.trendTopicMinScore <= 1, "/analyze/trend-topic-min-score",
                "must be in [0, 1] but was " + c.trendTopicMinScore);
        doc.check(c.baselineFloor > 0, "/analyze/baseline-floor", "must be > 0 but was " + c.baselineFloor);
        doc.check(c.trendMinHistoryHours >= 0, "/analyze/trend-min-history-hours",
                "must be >= 0 but was " + c.trendMinHistoryHours);
        doc.check(c.trendWatchMinArticlesPerDay >= 1, "/analyze/trend-watch-min-articles-per-day",
                "must be >= 1 but was " + c.trendWatchMinArticlesPerDay);
        doc.check(c.burstMinCount >= 1, "/analyze/burst-min-count", "must be >= 1 but was " + c.burstMinCount);
        doc.check(c.burstMinScore > 0, "/analyze/burst-min-score", "must be > 0 but was " + c.burstMinScore);
        doc.check(c.negativeSurgeMinShare > 0 && c.negativeSurgeMinShare <= 1, "/analyze/negative-surge-min-share",
                "must be in (0, 1] but was " + c.negativeSurgeMinShare);
        doc.check(c.claimMinSimilarity > 0 && c.claimMinSimilarity <= 1, "/analyze/claim-min-similarity",
                "must be in (0, 1] but was " + c.claimMinSimilarity);
        doc.check(c.claimMaxMatches >= 1, "/analyze/claim-max-matches", "must be >= 1 but was " + c.claimMaxMatches);
        doc.check(c.trendSampleArticles >= 1, "/analyze/trend-sample-articles",
                "must be >= 1 but was " + c.trendSampleArticles);
        doc.check(c.indexRamBufferMb >= 1, "/analyze/index-ram-buffer-mb", "must be >= 1 but was " + c.indexRamBufferMb);
        doc.check(c.indexCommitIntervalMs >= 0, "/analyze/index-commit-interval-ms",
                "must be >= 0 but was " + c.indexCommitIntervalMs);
        doc.check(c.indexCatchUpSliceMs >= 1, "/analyze/index-catch-up-slice-ms",
                "must be >= 1 but was " + c.indexCatchUpSliceMs);
        doc.check(c.commitIntervalMs >= 100, "/analyze/commit-interval-ms",
                "must be >= 100 but was " + c.commitIntervalMs);
        doc.check(c.peerTimeoutMs >= 100, "/analyze/peer-timeout-ms", "must be >= 100 but was " + c.peerTimeoutMs);
        doc.check(c.exportMaxHits >= 1 && c.exportMaxHits <= 10_000, "/analyze/export-max-hits",
                "must be 1..10000 but was " + c.exportMaxHits);
        return c;
    }

    public Duration dedupWindow() {
        return Duration.ofHours(dedupWindowHours);
    }

    public Duration storyWindow() {
        return Duration.ofHours(storyWindowHours);
    }

    public Duration lowTierSpreadWindow() {
        return Duration.ofHours(lowTierSpreadWindowHours);
    }

    public Duration coordinatedWindow() {
        return Duration.ofMinutes(coordinatedWindowMinutes);
    }

    public Duration trendWindow() {
        return Duration.ofMinutes(trendWindowMinutes);
    }

    public Duration trendAdvance() {
        return Duration.ofMinutes(trendAdvanceMinutes);
    }

    public Duration trendLongWindow() {
        return Duration.ofHours(trendLongWindowHours);
    }

    public Duration trendLongAdvance() {
        return Duration.ofMinutes(trendLongAdvanceMinutes);
    }

    public Duration peerTimeout() {
        return Duration.ofMillis(peerTimeoutMs);
    }

    /** How long trends must have been counted before a window that begins then can be a burst. */
    public Duration trendMinHistory() {
        return Duration.ofHours(trendMinHistoryHours);
    }

    public Duration trendGrace() {
        return Duration.ofMinutes(trendGraceMinutes);
    }

    /** The models folder, or null when the scorer runs on its built-in rules. */
    public Path modelsPath() {
        return modelsDir == null || modelsDir.isBlank() ? null : Path.of(modelsDir);
    }
}
