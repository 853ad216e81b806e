package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.education;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.pipeline.trends.WatchStart;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Trend;

/** Windowed trends of the analyze topology: live bursts fire, steady flows and back-filled news do not. */
class TrendsTopologyTest {

    private static final String[] SOURCES = {"baolaocai", "vnexpress", "laocai-gov", "tinnong24h"};
    private static final OffsetDateTime NOW = at("2026-11-22T16:00:00");

    @TempDir
    Path stateDir;
    TopologyHarness t;

    @BeforeEach
    void start() {
        t = new TopologyHarness(stateDir);
        // TinRadar has been watching the national flow for more than a week: windows have a baseline to compare with
        watchNationalNews(t, NOW.minusDays(8));
        t.send(article("https://baolaocai.vn/du-bao-thoi-tiet", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Dự báo thời tiết tuần tới", "Trời rét đậm, nhiệt độ thấp nhất 8 độ.", NOW.minusDays(8)));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void burstOfLandslideReportsInOneCommuneEmitsTopicPlaceTrendAboveThreshold() {
        // two earlier reports in the previous days: the commune is not silent, just quiet
        t.send(landslideReport(100, NOW.minusDays(2)));
        t.send(landslideReport(101, NOW.minusDays(1)));
        for (int i = 0; i < 10; i++) {
            t.send(landslideReport(i, NOW.plusMinutes(3L * i)));
        }

        List<Trend> bursts = liveTopicPlaceTrends().stream().filter(tr -> tr.window().equals("1h")).toList();
        assertThat(bursts).isNotEmpty();
        Trend last = bursts.get(bursts.size() - 1);
        assertThat(last.key()).isEqualTo("thien-tai@lc-bao-yen");
        assertThat(last.count()).isEqualTo(10);
        assertThat(last.burstScore()).isGreaterThanOrEqualTo(t.config.burstMinScore());
        assertThat(last.sourceCount()).isEqualTo(4);
        assertThat(last.negativeCount()).isEqualTo(10);
        assertThat(last.sampleArticleIds()).hasSize(t.config.trendSampleArticles());
        assertThat(last.backfill()).isFalse();
    }

    @Test
    void burstIsEmittedAsSoonAsTheMinimumCountArrives() {
        for (int i = 0; i < t.config.burstMinCount(); i++) {
            t.send(landslideReport(i, NOW.plusMinutes(2L * i)));
        }

        assertThat(liveTopicPlaceTrends()).extracting(Trend::window).containsExactly("1h", "24h", "96h");
    }

    @Test
    void hourlyWindowHopsByFiveMinutesAndDayWindowByAnHour() {
        for (int i = 0; i < t.config.burstMinCount(); i++) {
            t.send(landslideReport(i, NOW.plusMinutes(2L * i)));
        }

        List<Trend> trends = liveTopicPlaceTrends();
        assertThat(Duration.between(trends.get(0).windowStart(), trends.get(0).windowEnd())).hasHours(1);
        assertThat(trends.get(0).windowEnd()).isEqualTo(NOW.plusMinutes(10).toInstant());
        assertThat(Duration.between(trends.get(1).windowStart(), trends.get(1).windowEnd())).hasHours(24);
        assertThat(trends.get(1).windowEnd()).isEqualTo(NOW.plusHours(1).toInstant());
    }

    @Test
    void slowBuildUpOverADayBurstsInTheDayWindowOnly() {
        // one report every two hours: never five in an hour, but twelve in a day where there were none
        for (int i = 0; i < 12; i++) {
            t.send(landslideReport(i, NOW.plusHours(2L * i)));
        }

        List<Trend> live = liveTopicPlaceTrends().stream().filter(tr -> !tr.window().equals("96h")).toList();
        assertThat(live).isNotEmpty().allMatch(tr -> tr.window().equals("24h"));
        assertThat(live.get(live.size() - 1).count()).isEqualTo(12);
    }

    @Test
    void reportsSustainedOverFourDaysBurstInTheSustainedWindowOnly() {
        // issue 11: five national reports over four days, never five in a day, about a place that had none
        for (int i = 0; i < 5; i++) {
            t.send(landslideReport(i, NOW.plusHours(18L * i)));
        }

        List<Trend> live = liveTopicPlaceTrends();
        assertThat(live).isNotEmpty().allMatch(tr -> tr.window().equals("96h"));
        assertThat(live.get(live.size() - 1).count()).isEqualTo(5);
    }

    @Test
    void reportsArrivingOutOfOrderWithinTheGraceStillMakeALiveBurst() {
        // published 16:00–16:16, delivered newest first over the following twenty minutes
        for (int i = 0; i < 9; i++) {
            t.send(landslideReport(i, NOW.plusMinutes(2L * i)), NOW.plusMinutes(20 - 2L * i).toInstant());
        }

        List<Trend> live = liveTopicPlaceTrends().stream().filter(tr -> tr.window().equals("1h")).toList();
        assertThat(live).isNotEmpty();
        assertThat(live.stream().mapToLong(Trend::count).max().orElse(0)).isEqualTo(9);
    }

    @Test
    void backFilledDaysDoNotMakeTodaysWindowsBurst() {
        t.send(education(1, NOW), NOW.toInstant());
        // a new site's archive: ten landslide reports from three days ago, delivered now
        for (int i = 0; i < 10; i++) {
            t.send(landslideReport(i, NOW.minusDays(3).plusMinutes(3L * i)), NOW.toInstant().plusSeconds(i));
        }
        // and today only two reports, live
        t.send(landslideReport(20, NOW.plusMinutes(5)));
        t.send(landslideReport(21, NOW.plusMinutes(9)));

        assertThat(t.trends.readValuesToList()).filteredOn(tr -> !tr.backfill()).isEmpty();
    }

    @Test
    void firstCrawlOfTheLastHoursIsNoBurstWhenNothingWasCountedBefore() {
        TopologyHarness fresh = new TopologyHarness(stateDir.resolve("fresh"));
        try {
            // a fresh installation crawls feeds holding the last hours of landslide reports, then one arrives live
            for (int i = 0; i < 10; i++) {
                fresh.send(landslideReport(i, NOW.minusHours(5).plusMinutes(20L * i)), NOW.toInstant());
            }
            fresh.send(landslideReport(20, NOW.plusMinutes(2)));

            assertThat(fresh.trends.readValuesToList()).filteredOn(tr -> !tr.backfill()).isEmpty();
        } finally {
            fresh.close();
        }
    }

    @Test
    void firstDayOfCountingIsNoBurstEvenWhenItsReportsArriveLive() {
        // issue 11: a fresh start's first day has no baseline; a burst on it is the flow itself, not news
        List<Trend> trends = trendsOfAFreshStart("first-day", fresh -> {
            fresh.send(education(1, NOW.minusHours(3)));
            sendLandslideRush(fresh);
        });

        assertThat(trends).isEmpty();
    }

    @Test
    void aDayOfWatchingNationalNewsIsABaselineOfZeroForTheFirstLocalBurst() {
        // issue 11, Kim Thành: the press names the province rarely, so its first report comes a day after TinRadar
        // started watching; the silence before it is a zero count, not a missing baseline
        List<Trend> trends = trendsOfAFreshStart("quiet-province", fresh -> {
            watchNationalNews(fresh, NOW.minusHours(30));
            assertThat(fresh.scoredArticles()).allSatisfy(kv -> assertThat(kv.value.relevant()).isFalse());
            sendLandslideRush(fresh);
        });

        assertThat(trends).filteredOn(tr -> tr.kind().equals(Trend.TOPIC_PLACE)).extracting(Trend::window)
                .contains("1h");
    }

    @Test
    void thinDaysBeforeTheFlowReachesANormalVolumeAreNoBaseline() {
        // issue 11, the week's dump: one national item a day for a week, then the full flow; the week of single items
        // is a crawl not yet running, not a week of silence, so a burst in the flow's first day has no baseline
        List<Trend> trends = trendsOfAFreshStart("thin-days", fresh -> {
            for (int day = 8; day >= 1; day--) {
                fresh.send(nationalNews(100 + day, NOW.minusDays(day)));
            }
            watchNationalNews(fresh, NOW.minusHours(6));
            // watching began at the end of the hour that completed the day's volume, not at the first item
            assertThat(watchingSince(fresh)).isEqualTo(NOW.minusHours(5).toInstant());
            sendLandslideRush(fresh);
        });

        assertThat(trends).isEmpty();
    }

    @Test
    void anEarlierDayOfNormalVolumeCrawledLaterMovesTheWatchStartBack() {
        // a new source's archive arrives after today's news: watching began with yesterday's day, whatever the order
        trendsOfAFreshStart("archive-later", fresh -> {
            watchNationalNews(fresh, NOW.minusHours(2));
            assertThat(watchingSince(fresh)).isEqualTo(NOW.minusHours(1).toInstant());
            watchNationalNews(fresh, NOW.minusHours(26));

            assertThat(watchingSince(fresh)).isEqualTo(NOW.minusHours(25).toInstant());
        });
    }

    @Test
    void liveRushCrawledBeforeTheHistoryBurstsOnceTheHistoryMovesTheWatchBack() {
        // a first crawl that reads each feed newest first brings today's rush before the days that start the watch;
        // the rush, skipped while nothing was watched yet, is judged again when the history arrives
        List<Trend> trends = trendsOfAFreshStart("rush-first", fresh -> {
            sendLandslideRush(fresh);
            assertThat(fresh.trends.readValuesToList()).isEmpty();
            watchNationalNews(fresh, NOW.minusDays(3));
            // the province's own archive, the first trend hit to carry the earlier watch start
            fresh.send(landslideReport(100, NOW.minusDays(2)));
        });

        List<Trend> rush = trends.stream().filter(tr -> tr.kind().equals(Trend.TOPIC_PLACE)).toList();
        assertThat(rush).isNotEmpty().allSatisfy(tr -> assertThat(tr.backfill()).isFalse());
        assertThat(rush).extracting(Trend::count).contains(10L);
    }

    @Test
    void fourDayWindowBegunBeforeTheFirstWatchedDayIsJudgedOnItsPartAfterIt() {
        // issue 11, Kim Thành: five reports over forty hours from the second day of watching on, never five in a day;
        // the four-day window holding them began before watching did, and is judged on the watched part, not skipped
        List<Trend> trends = trendsOfAFreshStart("straddling", fresh -> {
            watchNationalNews(fresh, NOW.minusHours(30));
            for (int i = 0; i < 5; i++) {
                fresh.send(landslideReport(i, NOW.plusHours(10L * i)));
            }
        });

        List<Trend> sustained = trends.stream()
                .filter(tr -> tr.kind().equals(Trend.TOPIC_PLACE) && tr.window().equals("96h")).toList();
        assertThat(sustained).isNotEmpty();
        Trend last = sustained.get(sustained.size() - 1);
        assertThat(last.count()).isEqualTo(5);
        assertThat(last.windowStart()).isAfterOrEqualTo(NOW.minusHours(6).toInstant());
    }

    @Test
    void negativeCoverageSurgingInASteadyFlowIsEmittedWithoutAVolumeBurst() {
        // a day of neutral school news, six an hour, then the same pace turning into complaints
        int n = 0;
        for (OffsetDateTime p = NOW.minusHours(24); p.isBefore(NOW); p = p.plusMinutes(10)) {
            t.send(education(n++, p), NOW.toInstant());
        }
        for (int i = 0; i < 6; i++) {
            OffsetDateTime p = NOW.plusMinutes(10L * i);
            t.send(article("https://laocai.gov.vn/phu-huynh-buc-xuc-" + i, "laocai-gov", SourceTier.GOVERNMENT_PORTAL,
                    "Phụ huynh phường Sa Pa bức xúc vì học sinh phải đóng thêm tiền số " + i,
                    "Nhiều phụ huynh học sinh phường Sa Pa bức xúc khi nhà trường thu thêm các khoản ngoài quy định, "
                            + "lớp " + i + ".", p));
        }

        List<Trend> surges = t.trends.readValuesToList().stream()
                .filter(tr -> !tr.backfill() && tr.kind().equals(Trend.TOPIC) && tr.window().equals("1h")).toList();
        assertThat(surges).isNotEmpty();
        Trend last = surges.get(surges.size() - 1);
        assertThat(last.burstScore()).isLessThan(t.config.burstMinScore());
        assertThat(last.negativeSurge()).isGreaterThanOrEqualTo(t.config.burstMinScore());
        assertThat(last.negativeCount()).isEqualTo(6);
    }

    @Test
    void surgeNamesItsLatestNegativeReportsWhenItsLatestReportsAreNeutral() {
        int n = 0;
        for (OffsetDateTime p = NOW.minusHours(24); p.isBefore(NOW); p = p.plusMinutes(10)) {
            t.send(education(n++, p), NOW.toInstant());
        }
        Set<String> complaints = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Article a = article("https://laocai.gov.vn/phu-huynh-buc-xuc-" + i, "laocai-gov",
                    SourceTier.GOVERNMENT_PORTAL, "Phụ huynh phường Sa Pa bức xúc vì học sinh phải đóng thêm tiền số " + i,
                    "Nhiều phụ huynh học sinh phường Sa Pa bức xúc khi nhà trường thu thêm các khoản ngoài quy định, "
                            + "lớp " + i + ".", NOW.plusMinutes(5L * i));
            complaints.add(a.id());
            t.send(a);
        }
        // the school's news comes last: most of the hour's latest reports are not complaints
        for (int i = 0; i < 3; i++) {
            t.send(education(n++, NOW.plusMinutes(31 + 5L * i)));
        }

        Trend last = t.trends.readValuesToList().stream()
                .filter(tr -> !tr.backfill() && tr.kind().equals(Trend.TOPIC) && tr.window().equals("1h"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.sampleArticleIds().stream().filter(complaints::contains)).hasSizeLessThan(3);
        assertThat(last.negativeSampleArticleIds()).hasSize(t.config.trendSampleArticles());
        assertThat(complaints).containsAll(last.negativeSampleArticleIds());
    }

    @Test
    void aStoryGainingReportsFastIsAStoryTrend() {
        for (int i = 0; i < 6; i++) {
            t.send(landslideReport(i, NOW.plusMinutes(4L * i)));
        }

        assertThat(t.trends.readValuesToList()).filteredOn(tr -> tr.kind().equals(Trend.STORY) && !tr.backfill())
                .isNotEmpty().allSatisfy(tr -> assertThat(tr.label()).contains("Sạt lở nghiêm trọng ở xã Bảo Yên"));
    }

    @Test
    void steadyFlowOfSchoolNewsDoesNotBurstTheHourlyWindow() {
        // two days of history arriving at once (back-fill), then the same pace live: 6 articles an hour
        int n = 0;
        for (OffsetDateTime p = NOW.minusHours(48); p.isBefore(NOW); p = p.plusMinutes(10)) {
            t.send(education(n++, p), NOW.toInstant());
        }
        for (OffsetDateTime p = NOW; p.isBefore(NOW.plusHours(3)); p = p.plusMinutes(10)) {
            t.send(education(n++, p));
        }

        assertThat(t.trends.readValuesToList()).filteredOn(tr -> !tr.backfill() && tr.window().equals("1h"))
                .isEmpty();
    }

    @Test
    void steadyFlowOverAWeekDoesNotBurstTheDayWindow() {
        // eight days of school news, two an hour, then six hours more at the same pace
        int n = 0;
        for (OffsetDateTime p = NOW.minusDays(8); p.isBefore(NOW); p = p.plusMinutes(30)) {
            t.send(education(n++, p), NOW.toInstant());
        }
        for (OffsetDateTime p = NOW; p.isBefore(NOW.plusHours(6)); p = p.plusMinutes(30)) {
            t.send(education(n++, p));
        }

        assertThat(t.trends.readValuesToList())
                .filteredOn(tr -> !tr.backfill() && tr.window().equals("24h") && !tr.kind().equals(Trend.STORY))
                .isEmpty();
    }

    @Test
    void weeklyRushOfTheSameSizeIsNotABurst() {
        // every Monday morning the ward posts its school news; three weeks of it arrive first as history
        int n = 0;
        for (int week = 3; week >= 1; week--) {
            for (int i = 0; i < 8; i++) {
                t.send(education(n++, NOW.minusWeeks(week).plusMinutes(5L * i)), NOW.toInstant());
            }
        }
        for (int i = 0; i < 8; i++) {
            t.send(education(n++, NOW.plusMinutes(5L * i)));
        }

        // this week's rush is a new story, which may trend; the topic and the ward do not
        assertThat(t.trends.readValuesToList()).filteredOn(tr -> !tr.backfill() && !tr.kind().equals(Trend.STORY))
                .isEmpty();
    }

    @Test
    void theSameRushOnAQuietWeekIsABurst() {
        for (int i = 0; i < 8; i++) {
            t.send(education(i, NOW.plusMinutes(5L * i)));
        }

        assertThat(t.trends.readValuesToList()).filteredOn(tr -> !tr.backfill() && tr.kind().equals(Trend.TOPIC))
                .isNotEmpty();
    }

    @Test
    void backFilledLandslideReportsFromDaysAgoDoNotFireBurst() {
        t.send(education(1, NOW), NOW.toInstant());
        for (int i = 0; i < 10; i++) {
            t.send(landslideReport(i, NOW.minusDays(5).plusMinutes(3L * i)), NOW.toInstant().plusSeconds(i));
        }

        List<Trend> trends = t.trends.readValuesToList();
        assertThat(trends).isNotEmpty().allMatch(Trend::backfill);
    }

    private List<Trend> liveTopicPlaceTrends() {
        return t.trends.readValuesToList().stream()
                .filter(tr -> tr.kind().equals(Trend.TOPIC_PLACE) && !tr.backfill()).toList();
    }

    /** The trends of an installation started afresh (own state) and fed by {@code feed}. */
    private List<Trend> trendsOfAFreshStart(String name, Consumer<TopologyHarness> feed) {
        TopologyHarness fresh = new TopologyHarness(stateDir.resolve(name));
        try {
            feed.accept(fresh);
            return fresh.trends.readValuesToList();
        } finally {
            fresh.close();
        }
    }

    /** Ten landslide reports from four sources within half an hour from {@code NOW}. */
    private static void sendLandslideRush(TopologyHarness h) {
        for (int i = 0; i < 10; i++) {
            h.send(landslideReport(i, NOW.plusMinutes(3L * i)));
        }
    }

    /** A day's normal volume of national news that names no place of the province, from {@code from} on. */
    private static void watchNationalNews(TopologyHarness h, OffsetDateTime from) {
        int first = (int) (from.toEpochSecond() / 60);
        for (int i = 0; i < h.config.trendWatchMinArticlesPerDay(); i++) {
            h.send(nationalNews(first + i, from.plusMinutes(5L * i)));
        }
    }

    private static Instant watchingSince(TopologyHarness h) {
        Long since = h.driver.<String, Long>getKeyValueStore(WatchStart.STORE).get("since");
        return since == null ? null : Instant.ofEpochMilli(since);
    }

    private static Article nationalNews(int n, OffsetDateTime published) {
        return article("https://vnexpress.net/ha-noi-phan-luong-giao-thong-" + n, "vnexpress", SourceTier.NATIONAL_PRESS,
                "Hà Nội phân luồng giao thông quanh hồ Hoàn Kiếm dịp lễ hội số " + n,
                "Sở Xây dựng Hà Nội phân luồng giao thông quanh hồ Hoàn Kiếm từ tối thứ sáu, đợt " + n + ".", published);
    }

    private static Article landslideReport(int n, OffsetDateTime published) {
        String source = SOURCES[Math.floorMod(n, SOURCES.length)];
        SourceTier tier = source.equals("tinnong24h") ? SourceTier.UNLICENSED_SITE : SourceTier.PROVINCIAL_PRESS;
        return article("https://" + source + ".vn/sat-lo-bao-yen-" + n, source, tier,
                "Sạt lở nghiêm trọng ở xã Bảo Yên, " + (n + 3) + " hộ phải sơ tán",
                "Đêm qua, mưa lớn gây sạt lở đất tại thôn Nà Khương " + n + ", xã Bảo Yên. Khối đất đá hàng nghìn "
                        + "mét khối vùi lấp đường liên thôn, gây thiệt hại " + (n * 50 + 120) + " triệu đồng.",
                published);
    }

}
