package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.alerts.RulesDriver.firing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.delivery.OutboxTransport;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.test.MutableClock;

/**
 * Trend alerts and story merges through the production topology: the Mường Hum landslide is reported in three
 * stories that analyze first clusters apart and later merges into {@value #LANDSLIDE}; a burst whose samples span
 * them is one alert about the landslide, whether the merge is known before the burst or only after it.
 */
class StoryMergeGroupingTest {

    static final String LANDSLIDE = "s-sat-lo-muong-hum";
    static final String ROAD = "s-sat-lo-quoc-lo-4d";
    static final String EVACUATION = "s-so-tan-trong-dem";
    static final String DAM = "s-dap-thuy-dien-nut";

    @TempDir
    Path stateDir;

    private RulesDriver rules;
    private final List<Alert> fired = new ArrayList<>();

    @BeforeEach
    void start() {
        rules = new RulesDriver(AlertsConfig::defaults, fired::add, stateDir, Fixtures.T0);
        report("baolaocai-mh1", "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 5, LANDSLIDE);
        report("vtv-mh2", "Lào Cai: Mưa lớn gây sạt lở vùi lấp đường vào xã Mường Hum", "VTV",
                SourceTier.NATIONAL_PRESS, 12, LANDSLIDE);
        report("vnexpress-mh3", "Đất đá sạt xuống quốc lộ 4D đoạn qua Mường Hum, giao thông tê liệt", "VnExpress",
                SourceTier.NATIONAL_PRESS, 20, ROAD);
        report("tuoitre-mh4", "Hàng chục hộ dân Mường Hum sơ tán trong đêm vì nguy cơ sạt lở", "Tuổi Trẻ",
                SourceTier.NATIONAL_PRESS, 25, EVACUATION);
        report("tin-nong-1", "KHẨN CẤP!!! Đập thủy điện đầu nguồn nứt toác, Mường Hum có thể bị cuốn trôi",
                "Tin Nóng Tây Bắc", SourceTier.UNLICENSED_SITE, 30, DAM);
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    private void report(String id, String title, String source, SourceTier tier, int minutes, String story) {
        ArticleRef ref = Fixtures.ref(id, title, source, tier, minutes);
        rules.scored.pipeInput(id, Fixtures.scored(ref, story));
    }

    /** Landslide news bursting in Xã Mường Hum: two samples of the landslide story, one each of road and evacuation. */
    private static Trend communeBurst() {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@02887", "thien-tai – Xã Mường Hum",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 9, 1.5, 6.5, 4, 0,
                List.of("baolaocai-mh1", "vtv-mh2", "vnexpress-mh3", "tuoitre-mh4", "tin-nong-1"), false);
    }

    /** The same landslide counted under the province: all of its samples already in the landslide story. */
    private static Trend provinceBurst() {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@10", "thien-tai – Tỉnh Lào Cai",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 7, 2, 4.5, 2, 0, List.of("baolaocai-mh1", "vtv-mh2"),
                false);
    }

    /** The road report alone bursting in the former district: its samples all in the road story. */
    private static Trend roadBurst() {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@bat-xat", "thien-tai – Huyện Bát Xát (cũ)",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 5, 1, 5, 2, 0, List.of("vnexpress-mh3"), false);
    }

    @Test
    void burstSpanningStoriesMergedBeforeItIsOneAlertOfTheSurvivingStory() {
        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);

        rules.trend(communeBurst());

        List<Alert> out = rules.newAlerts();
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            assertThat(a.title()).endsWith("— “Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp”");
            // the story's own reports, from all three halves, not the fabricated dam story counted in the same hour
            assertThat(a.articles()).extracting(ArticleRef::id)
                    .containsExactlyInAnyOrder("baolaocai-mh1", "vtv-mh2", "vnexpress-mh3", "tuoitre-mh4");
        });
    }

    @Test
    void burstRaisedBeforeTheMergeJoinsTheStoryAlertOnceTheMergeIsKnown() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(communeBurst());
        rules.trend(provinceBurst());
        rules.afterTheWaitForStories();
        assertThat(firing(rules.current(alerts))).hasSize(2); // 2 of 5 samples in the landslide story: not dominant yet

        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        rules.current(alerts);
        assertThat(firing(alerts)).singleElement().satisfies(a -> {
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("vnexpress-mh3", "tuoitre-mh4");
        });
        Alert commune = alerts.values().stream().filter(a -> a.storyId() == null).findFirst().orElseThrow();
        assertThat(commune.status()).isEqualTo(AlertStatus.RESOLVED);
        // it still says why it was raised, and now also why it was closed and where the event is followed
        assertThat(commune.signals()).extracting(s -> s.name()).contains("burst", "cleared");
        assertThat(commune.signals()).filteredOn(s -> s.name().equals("cleared")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).startsWith("Cùng một sự kiện: 4/5 bài mẫu")
                        .contains("“Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp”", LANDSLIDE));
    }

    /** The landslide as analyze publishes it once three forums retell it: carried by the press, so not suspect. */
    static Story spreadingLandslide() {
        List<ArticleRef> refs = new ArrayList<>();
        refs.add(Fixtures.ref("baolaocai-mh1", "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp",
                "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 5));
        List<String> forums = List.of("Diễn đàn Lào Cai", "Lào Cai Plus", "Tin Nóng Tây Bắc");
        for (int i = 0; i < forums.size(); i++) {
            refs.add(Fixtures.ref("forum-mh" + i, "NÓNG: Núi nứt toác trong đêm, dân xã Mường Hum sơ tán gấp",
                    forums.get(i), SourceTier.FORUM_SOCIAL, 10 + i));
        }
        return new Story(Story.VERSION, LANDSLIDE, "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp",
                Fixtures.T0.plusSeconds(300), Fixtures.T0.plusSeconds(720), "Báo Lào Cai", 4, 0,
                List.of("Báo Lào Cai", "Diễn đàn Lào Cai", "Lào Cai Plus", "Tin Nóng Tây Bắc"),
                List.of(SourceTier.PROVINCIAL_PRESS, SourceTier.FORUM_SOCIAL), forums, List.of("thien-tai"), List.of(),
                4, 0.83, List.of(), refs, 0, "Báo chí có phép hoặc cổng thông tin chính quyền đưa tin (Báo Lào Cai)");
    }

    /** Road news retold by three forums before the press: a story of its own until a bridging report merges it. */
    static Story spreadingRoadStory() {
        List<ArticleRef> refs = new ArrayList<>();
        List<String> forums = List.of("Diễn đàn Lào Cai", "Lào Cai Plus", "Tin Nóng Tây Bắc");
        for (int i = 0; i < forums.size(); i++) {
            refs.add(Fixtures.ref("forum-road" + i, "Đất đá sạt xuống quốc lộ 4D đoạn qua Mường Hum, xe cộ ùn tắc",
                    forums.get(i), SourceTier.FORUM_SOCIAL, 14 + i));
        }
        return new Story(Story.VERSION, ROAD, "Đất đá sạt xuống quốc lộ 4D đoạn qua Mường Hum, xe cộ ùn tắc",
                Fixtures.T0.plusSeconds(840), Fixtures.T0.plusSeconds(960), "Diễn đàn Lào Cai", 3, 0, forums,
                List.of(SourceTier.FORUM_SOCIAL), forums, List.of("thien-tai"), List.of(), 3, 0.4, List.of(), refs, 0,
                null);
    }

    @Test
    void spreadAlertOfAStoryLaterAbsorbedEndsNamingTheStoryThatAbsorbedItWhenThatStoryHasAnAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.story(spreadingRoadStory());
        rules.trend(provinceBurst());
        assertThat(firing(rules.current(alerts))).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, ROAD);

        rules.merge(ROAD, LANDSLIDE);
        rules.storyGone(ROAD);
        rules.story(spreadingLandslide());

        assertThat(firing(rules.current(alerts))).singleElement()
                .satisfies(a -> assertThat(a.storyId()).isEqualTo(LANDSLIDE));
        assertThat(alerts.values()).filteredOn(a -> ROAD.equals(a.storyId())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(a.signals()).last().satisfies(s -> {
                assertThat(s.name()).isEqualTo("cleared");
                assertThat(s.evidence()).contains("đã được gộp vào câu chuyện", LANDSLIDE);
            });
        });
    }

    @Test
    void spreadAlertOfAStoryAbsorbedIntoOneWithoutAlertIsCarriedAsItsNextRevision() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.story(spreadingRoadStory());
        Alert raised = firing(rules.current(alerts)).get(0);

        rules.merge(ROAD, LANDSLIDE);
        rules.storyGone(ROAD);
        rules.story(spreadingLandslide());

        assertThat(rules.current(alerts).values()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(raised.id());
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
        });
        assertThat(fired).extracting(Alert::id).containsExactly(raised.id());
    }

    @Test
    void storyThatBurstsAndSpreadsIsOneAlertKeepingTheReasonsOfBoth() {
        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);
        rules.trend(communeBurst());
        rules.story(spreadingLandslide());

        Map<String, Alert> alerts = rules.current(new LinkedHashMap<>());

        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            // the burst is the stronger finding and words it; the spread is not called possibly false
            assertThat(a.title()).startsWith("Thiên tai").doesNotContain("nghi sai sự thật");
            assertThat(a.signals()).extracting(s -> s.name())
                    .contains("burst", "low-tier-spread", "story-suspicion", AlertGrouping.ALSO_FOUND);
            assertThat(a.signals()).filteredOn(s -> s.name().equals(AlertGrouping.ALSO_FOUND)).singleElement()
                    .satisfies(s -> assertThat(s.evidence()).startsWith("Tin lan truyền trên 3 nguồn không chính thống"));
        });
    }

    @Test
    void alertOfAStoryLaterAbsorbedJoinsTheAlertOfTheStoryThatAbsorbedIt() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(provinceBurst());
        rules.trend(roadBurst());
        assertThat(firing(rules.current(alerts))).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, ROAD);

        rules.merge(ROAD, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(firing(rules.current(alerts))).singleElement().satisfies(a -> {
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("vnexpress-mh3");
        });
    }

    /**
     * Issue 11, found on the held-out stream: a storm's alert was replaced by a new one (new id, new mail) each time
     * its story merged into another, and the old one resolved by the system.
     */
    @Test
    void alertOfAStoryMergedIntoOneWithoutAlertIsCarriedAsItsNextRevision() throws Exception {
        List<Alert> written = new ArrayList<>();
        rules.trend(roadBurst());
        written.addAll(rules.newAlerts());
        Alert raised = written.get(0);
        assertThat(raised.storyId()).isEqualTo(ROAD);

        rules.merge(ROAD, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);
        written.addAll(rules.newAlerts());

        Map<String, Alert> alerts = new LinkedHashMap<>();
        written.forEach(a -> alerts.put(a.id(), a));
        assertThat(alerts.values()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(raised.id());
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.revision()).isGreaterThan(raised.revision());
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
        });
        assertThat(fired).extracting(Alert::id).containsExactly(raised.id());
        assertThat(mailsFor(written)).as("e-mails in the outbox").isEqualTo(1);
    }

    /** How many e-mails the alerts service's notifier writes for these alert records, in order. */
    private long mailsFor(List<Alert> written) throws java.io.IOException {
        Path outbox = stateDir.resolve("outbox");
        MemoryLedger ledger = new MemoryLedger();
        MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
        Notifier notifier = new Notifier(AlertsConfig.defaults(), ledger, new OutboxTransport(outbox), null,
                new Silences(ledger, clock), a -> false, new AlertMetrics(new SimpleMeterRegistry()), clock);
        written.forEach(notifier::notify);
        try (Stream<Path> mails = Files.list(outbox)) {
            return mails.count();
        }
    }

    @Test
    void carriedAlertIsCarriedAgainWhenTheMergedStoryMergesAgain() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(roadBurst());
        rules.merge(ROAD, EVACUATION);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        rules.merge(EVACUATION, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.current(alerts).values()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
        });
        assertThat(fired).hasSize(1);
    }

    @Test
    void groupThatHandedItsAlertOverStartsAFreshOneWithoutResolvingTheCarriedAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(roadBurst());
        rules.merge(ROAD, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);
        String carried = firing(rules.current(alerts)).get(0).id();

        // the landslide's own burst now words the carried alert; the road group has nothing left to say
        rules.trend(provinceBurst());

        assertThat(firing(rules.current(alerts))).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(carried);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("vnexpress-mh3", "baolaocai-mh1");
        });
    }

    /** A later, stronger hour of the commune's burst (so it words the alert), with these samples. */
    private Trend laterCommuneBurst(String... samples) {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@02887", "thien-tai – Xã Mường Hum",
                Fixtures.T0.plusSeconds(3600), Fixtures.T0.plusSeconds(7200), 14, 1.5, 8.5, 4, 0, List.of(samples),
                false);
    }

    private void communeBurstJoinedTheLandslide(Map<String, Alert> alerts) {
        rules.trend(communeBurst());
        rules.trend(provinceBurst());
        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);
        assertThat(firing(rules.current(alerts))).hasSize(1);
        report("baolaocai-mh5", "Lãnh đạo tỉnh kiểm tra hiện trường sạt lở Mường Hum", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 70, LANDSLIDE);
        report("dien-dan-mh6", "Cập nhật sạt lở Mường Hum: bà con cần áo ấm, chăn và nước uống",
                "Diễn đàn Cộng đồng Lào Cai", SourceTier.FORUM_SOCIAL, 75, "s-dien-dan-cap-nhat");
        report("tin-nong-2", "[Chia sẻ ngay] Đập thủy điện nứt, sắp vỡ, dân Mường Hum chạy ngay!!!",
                "Tin Nóng Tây Bắc", SourceTier.UNLICENSED_SITE, 80, DAM);
    }

    @Test
    void burstsStillWaitingWhenTheMergeComesRaiseOnlyTheStorysAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(communeBurst());
        rules.trend(provinceBurst());
        // the province's samples are all the landslide's: its alert fires at once; the commune's (2 of 5) waits
        assertThat(rules.current(alerts).values()).singleElement()
                .satisfies(a -> assertThat(a.place()).isEqualTo("Tỉnh Lào Cai"));

        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.current(alerts).values()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("vnexpress-mh3", "tuoitre-mh4");
        });
        assertThat(fired).hasSize(1);
    }

    /** The landslide holds 2 of the 4 samples: the most of any story, though not 60%. */
    @Test
    void laterWindowOfAGroupThatJoinedAStoryStaysWithItWhileTheStoryHoldsMostSamples() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        communeBurstJoinedTheLandslide(alerts);

        rules.trend(laterCommuneBurst("baolaocai-mh5", "vtv-mh2", "dien-dan-mh6", "tin-nong-2"));

        assertThat(firing(rules.current(alerts))).singleElement().satisfies(a -> {
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("baolaocai-mh5")
                    .doesNotContain("tin-nong-2", "dien-dan-mh6");
            assertThat(a.signals()).filteredOn(s -> s.name().equals(TrendSamples.JOINED_STORY)).singleElement()
                    .satisfies(s -> assertThat(s.evidence()).contains(LANDSLIDE, "2/4 bài"));
        });
    }

    /** The dam story holds 2 of the 4 samples, the landslide 1. */
    @Test
    void laterWindowOfAGroupThatJoinedAStoryWhereAnotherStoryLeadsIsItsOwnAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        communeBurstJoinedTheLandslide(alerts);

        rules.trend(laterCommuneBurst("tin-nong-1", "tin-nong-2", "baolaocai-mh5", "dien-dan-mh6"));
        rules.afterTheWaitForStories();

        assertThat(firing(rules.current(alerts))).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, null);
    }

    /** The dam rumour as analyze publishes it: three unlicensed sites and channels, no licensed press. */
    static Story spreadingDamRumour() {
        String title = "KHẨN CẤP!!! Đập thủy điện đầu nguồn nứt toác, Mường Hum có thể bị cuốn trôi";
        List<ArticleRef> refs = new ArrayList<>();
        List<String> sites = List.of("Tin Nóng Tây Bắc", "Kênh Telegram Tin Nhanh Lào Cai", "Lào Cai Plus");
        for (int i = 0; i < sites.size(); i++) {
            SourceTier tier = i == 0 ? SourceTier.UNLICENSED_SITE : SourceTier.FORUM_SOCIAL;
            refs.add(Fixtures.ref("dam" + i, title, sites.get(i), tier, 30 + i));
        }
        return new Story(Story.VERSION, DAM, title, Fixtures.T0.plusSeconds(1800), Fixtures.T0.plusSeconds(1920),
                "Tin Nóng Tây Bắc", 3, 0, sites, List.of(SourceTier.UNLICENSED_SITE, SourceTier.FORUM_SOCIAL), sites, List.of("thien-tai"), List.of(), 3,
                0.9, List.of(), refs, 0, null);
    }

    /**
     * The demo's order (issue 11): a burst fires before analyze has stored its samples; the first two found are the
     * dam rumour's posts that name the commune, the landslide's three reports come seconds later. Two found of five
     * are no majority: the burst keeps its own alert instead of being cleared into the rumour's, then follows the
     * landslide's story, same alert, once that story holds most samples.
     */
    @Test
    void burstWhoseFirstFoundSamplesAreTheRumoursKeepsItsAlertUntilMostSamplesAreKnown() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.story(spreadingDamRumour());
        rules.trend(new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@02887", "thien-tai – Xã Mường Hum",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 9, 1.5, 6.5, 4, 0,
                List.of("dam1", "dam2", "laocai-mh5", "vtv-mh6", "nld-mh7"), false));
        rules.afterTheWaitForStories();
        Alert burst = rules.current(alerts).values().stream().filter(a -> a.rule().equals(TopicBurstRule.NAME))
                .findFirst().orElseThrow();

        report("dam1", "Đập thủy điện nứt, Mường Hum sắp bị cuốn trôi?", "Kênh Telegram Tin Nhanh Lào Cai",
                SourceTier.FORUM_SOCIAL, 31, DAM);
        report("dam2", "Chia sẻ gấp: đập đầu nguồn Mường Hum nứt toác", "Lào Cai Plus", SourceTier.FORUM_SOCIAL, 32,
                DAM);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.current(alerts).get(burst.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.title()).doesNotContain("Đập thủy điện");
        });

        report("laocai-mh5", "Mường Hum: lực lượng cứu hộ tiếp cận hiện trường sạt lở", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 40, LANDSLIDE);
        report("vtv-mh6", "Sạt lở Mường Hum: 27 hộ dân đã được di dời an toàn", "VTV", SourceTier.NATIONAL_PRESS, 45,
                LANDSLIDE);
        report("nld-mh7", "Lào Cai khắc phục hậu quả sạt lở tại xã Mường Hum", "Người Lao Động",
                SourceTier.NATIONAL_PRESS, 50, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        rules.current(alerts);
        assertThat(alerts.get(burst.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(LANDSLIDE);
        });
        assertThat(firing(alerts)).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, DAM);
        assertThat(fired).extracting(Alert::rule).containsExactlyInAnyOrder(StorySpreadRule.NAME, TopicBurstRule.NAME);
    }

    @Test
    void recheckWithNothingNewChangesNoAlert() {
        rules.trend(communeBurst());
        rules.trend(provinceBurst());
        rules.afterTheWaitForStories();
        rules.newAlerts();

        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK.multipliedBy(3));

        assertThat(rules.newAlerts()).isEmpty();
    }

    @Test
    void groupQuietPastRegroupHorizonIsNoLongerRechecked() {
        rules.trend(communeBurst());
        rules.newAlerts();
        rules.driver.advanceWallClockTime(Duration.ofHours(AlertsConfig.defaults().regroupAfterHours() + 1));

        rules.merge(ROAD, LANDSLIDE);
        rules.merge(EVACUATION, LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.newAlerts()).isEmpty();
    }
}
