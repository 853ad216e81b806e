package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.Trend;

/**
 * Issue 11: a province's negative coverage surging because of two events that each already have their alert (the
 * Mường Hum landslide, a fabricated story about the provincial hospital) is explained by those alerts: it joins one
 * of them, saying which stories hold its articles, instead of firing a third alert. Runs the production topology.
 */
class CoveredByStoryAlertsTest {

    static final String LANDSLIDE = StoryMergeGroupingTest.LANDSLIDE;
    static final String RUMOUR = Fixtures.fabricatedStory(5, 0.9).id();

    @TempDir
    Path stateDir;

    private RulesDriver rules;
    private final Map<String, Alert> alerts = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        rules = new RulesDriver(AlertsConfig::defaults, a -> { }, stateDir, Fixtures.T0);
        report("baolaocai-mh1", "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 5, LANDSLIDE);
        report("laocaitv-mh2", "Mường Hum: khối sạt lở tiếp tục dịch chuyển, mở rộng vùng di dời", "Đài PT-TH Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 15, LANDSLIDE);
        report("tin-nong-1", "Sốc: Bệnh viện tỉnh từ chối cấp cứu sản phụ, gia đình bức xúc", "Tin Nóng Tây Bắc 1",
                SourceTier.UNLICENSED_SITE, 20, RUMOUR);
        report("tin-nong-2", "Sốc: Bệnh viện tỉnh từ chối cấp cứu sản phụ, gia đình bức xúc", "Tin Nóng Tây Bắc 2",
                SourceTier.UNLICENSED_SITE, 40, RUMOUR);
        report("baolaocai-gt5", "Xe khách lao xuống vực trên quốc lộ 4E, 3 người bị thương", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 50, "s-tai-nan-4e");
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    private void report(String id, String title, String source, SourceTier tier, int minutes, String story) {
        rules.scored.pipeInput(id, Fixtures.scored(Fixtures.ref(id, title, source, tier, minutes), story));
    }

    /** The province's negative coverage in one hour: 2 landslide, 2 rumour and 1 road-accident samples. */
    private static Trend provinceNegativeSurge() {
        return new Trend(Trend.VERSION, Trend.PLACE, "10", "Tỉnh Lào Cai", Fixtures.T0, Fixtures.T0.plusSeconds(3600),
                12, 2, 7.1, 9, 7, List.of("baolaocai-mh1", "laocaitv-mh2", "tin-nong-1", "tin-nong-2", "baolaocai-gt5"),
                false);
    }

    private List<Alert> firing() {
        rules.newAlerts().forEach(a -> alerts.put(a.id(), a));
        return alerts.values().stream().filter(a -> a.status() == AlertStatus.FIRING).toList();
    }

    @Test
    void surgeWhoseArticlesBelongToStoriesAlreadyAlertedJoinsTheLargestOfThemInsteadOfFiring() {
        rules.story(StoryMergeGroupingTest.spreadingLandslide());
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        assertThat(firing()).hasSize(2);

        rules.trend(provinceNegativeSurge());
        rules.afterTheWaitForStories(); // a tie waits for one story to lead; none does here

        List<Alert> now = firing();
        assertThat(now).hasSize(2);
        // 2 and 2 samples, neither scored for suspicion: the tie goes to the story of the smallest article id,
        // whatever the order of arrival
        Alert landslide = now.stream().filter(a -> LANDSLIDE.equals(a.storyId())).findFirst().orElseThrow();
        assertThat(landslide.signals()).filteredOn(s -> s.name().equals(TrendSamples.COVERED_BY_ALERTS))
                .singleElement().satisfies(s -> assertThat(s.evidence())
                        .contains("2/5 bài thuộc “Sạt lở nghiêm trọng tại xã Mường Hum")
                        .contains("2/5 bài thuộc “Sốc: Bệnh viện tỉnh từ chối cấp cứu sản phụ"));
        // the landslide's alert keeps its own wording and lists only its own articles
        assertThat(landslide.title()).startsWith("Tin lan truyền trên 3 nguồn");
        assertThat(landslide.articles()).extracting(ArticleRef::id).doesNotContain("tin-nong-1", "baolaocai-gt5");
    }

    @Test
    void surgeTiedBetweenTwoStoryAlertsJoinsNeitherUntilOneStoryLeads() {
        rules.story(StoryMergeGroupingTest.spreadingLandslide());
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        Map<String, Integer> revisions = new LinkedHashMap<>();
        firing().forEach(a -> revisions.put(a.storyId(), a.revision()));

        rules.trend(provinceNegativeSurge());
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);
        assertThat(firing()).allSatisfy(a -> assertThat(a.revision()).isEqualTo(revisions.get(a.storyId())));

        // the bus fell where the landslide cut national road 4E: its report is the landslide's story, 3 of 5
        rules.merge("s-tai-nan-4e", LANDSLIDE);
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        List<Alert> now = firing();
        Alert landslide = now.stream().filter(a -> LANDSLIDE.equals(a.storyId())).findFirst().orElseThrow();
        assertThat(landslide.articles()).extracting(ArticleRef::id).contains("baolaocai-gt5");
        Alert rumour = now.stream().filter(a -> RUMOUR.equals(a.storyId())).findFirst().orElseThrow();
        assertThat(rumour.revision()).isEqualTo(revisions.get(RUMOUR));
    }

    @Test
    void surgeStillTiedAfterTheWaitJoinsTheStoryWhoseReportsLookLeastFabricated() {
        // the rumour's posts carry the smaller ids, which alone would break the tie their way
        suspectReport("a-tin-don-1", "KHẨN CẤP!!! Bệnh viện tỉnh từ chối cấp cứu sản phụ, chia sẻ ngay", 0.86);
        suspectReport("a-tin-don-2", "Sốc: sản phụ bị bệnh viện tỉnh từ chối, gia đình kêu cứu", 0.82);
        rules.story(StoryMergeGroupingTest.spreadingLandslide());
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        firing();

        rules.trend(new Trend(Trend.VERSION, Trend.PLACE, "10", "Tỉnh Lào Cai", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), 12, 2, 7.1, 9, 7,
                List.of("a-tin-don-1", "a-tin-don-2", "baolaocai-mh1", "laocaitv-mh2", "baolaocai-gt5"), false));
        rules.afterTheWaitForStories();

        Alert landslide = firing().stream().filter(a -> LANDSLIDE.equals(a.storyId())).findFirst().orElseThrow();
        assertThat(landslide.signals()).extracting(s -> s.name()).contains(TrendSamples.COVERED_BY_ALERTS);
        Alert rumour = firing().stream().filter(a -> RUMOUR.equals(a.storyId())).findFirst().orElseThrow();
        assertThat(rumour.signals()).extracting(s -> s.name()).doesNotContain(TrendSamples.COVERED_BY_ALERTS);
    }

    private void suspectReport(String id, String title, double suspicion) {
        ScoredArticle s = Fixtures.scored(Fixtures.ref(id, title, "Tin Nóng Tây Bắc", SourceTier.UNLICENSED_SITE, 30),
                RUMOUR);
        rules.scored.pipeInput(id, new ScoredArticle(s.v(), s.article(), true, s.places(), s.topics(), s.sentiment(),
                new Suspicion(suspicion, List.of()), s.storyId(), s.duplicateOf(), s.scoredAt()));
    }

    @Test
    void surgeWhoseStoriesHaveNoAlertYetFiresOnItsOwnAfterTheWait() {
        rules.trend(provinceNegativeSurge());
        assertThat(firing()).isEmpty();

        rules.afterTheWaitForStories();

        assertThat(firing()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Tin tiêu cực tăng mạnh: Tỉnh Lào Cai");
            assertThat(a.storyId()).isNull();
        });
    }

    @Test
    void surgeRaisedBeforeTheStoryAlertsJoinsThemOnTheNextRecheckAndItsOwnAlertIsResolved() {
        rules.trend(provinceNegativeSurge());
        rules.afterTheWaitForStories();
        assertThat(firing()).hasSize(1);

        rules.story(StoryMergeGroupingTest.spreadingLandslide());
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(firing()).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, RUMOUR);
    }

    @Test
    void surgeStillWaitingWhenTheStoryAlertsComeJoinsThemWithoutEverRaisingItsOwn() {
        rules.trend(provinceNegativeSurge());
        rules.story(StoryMergeGroupingTest.spreadingLandslide());
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(firing()).extracting(Alert::storyId).containsExactlyInAnyOrder(LANDSLIDE, RUMOUR);
        assertThat(alerts.values()).extracting(Alert::title).doesNotContain("Tin tiêu cực tăng mạnh: Tỉnh Lào Cai");
    }

    @Test
    void storiesAlertedButHoldingLessThanTheDominantShareLeaveTheSurgeFiring() {
        rules.story(Fixtures.fabricatedStory(5, 0.9));
        rules.trend(provinceNegativeSurge()); // the rumour alone holds 2 of 5 samples: not explained by it
        rules.afterTheWaitForStories();

        assertThat(firing()).extracting(Alert::title).contains("Tin tiêu cực tăng mạnh: Tỉnh Lào Cai");
    }

    private void negativeReport(String id, String title, int minutes, String story) {
        ScoredArticle s = Fixtures.scored(Fixtures.ref(id, title, "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, minutes),
                story);
        rules.scored.pipeInput(id, new ScoredArticle(s.v(), s.article(), true, s.places(), s.topics(),
                new Sentiment(Sentiment.NEGATIVE, -0.7, List.of("sạt lở")), null, story, null, s.scoredAt()));
    }

    /** Two negative landslide reports, then three ordinary news items from {@code ordinaryFrom} minutes on. */
    private void landslideThenOrdinaryNews(int ordinaryFrom) {
        negativeReport("baolaocai-mh1", "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp", 5,
                LANDSLIDE);
        negativeReport("laocaitv-mh2", "Mường Hum: khối sạt lở tiếp tục dịch chuyển, mở rộng vùng di dời", 15,
                LANDSLIDE);
        report("ocop-1", "Lào Cai có thêm 12 sản phẩm OCOP 4 sao", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS,
                ordinaryFrom, "s-ocop");
        report("du-lich-2", "Sa Pa đón hơn 20.000 lượt khách dịp cuối tuần", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS,
                ordinaryFrom + 5, "s-du-lich");
        report("giao-duc-3", "Học sinh Lào Cai giành 3 giải quốc gia môn Tin học", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, ordinaryFrom + 10, "s-giao-duc");
        rules.story(StoryMergeGroupingTest.spreadingLandslide());
    }

    private void assertTheSurgeJoinedTheLandslideOnItsTwoNegativeReports() {
        assertThat(firing()).singleElement().satisfies(a -> assertThat(a.signals())
                .filteredOn(s -> s.name().equals(TrendSamples.COVERED_BY_ALERTS)).singleElement()
                .satisfies(s -> assertThat(s.evidence()).contains("2/2 bài tiêu cực thuộc “Sạt lở nghiêm trọng")));
    }

    @Test
    void surgeIsJudgedByItsNegativeArticlesNotTheOrdinaryNewsOfTheSameHour() {
        landslideThenOrdinaryNews(20);
        Trend t = provinceNegativeSurge();

        rules.trend(new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), t.count(),
                t.baseline(), t.burstScore(), t.negativeCount(), t.sourceCount(),
                List.of("baolaocai-mh1", "laocaitv-mh2", "ocop-1", "du-lich-2", "giao-duc-3"), false));

        // 2 of 5 samples, but both negative ones, are the landslide's: the surge is its, not a second alert
        assertTheSurgeJoinedTheLandslideOnItsTwoNegativeReports();
    }

    @Test
    void surgeIsJudgedByTheWindowsLatestNegativeReportsWhenItsLatestReportsAreOrdinaryNews() {
        landslideThenOrdinaryNews(40);
        Trend t = provinceNegativeSurge();

        // the hour's latest reports are all ordinary news; the trend names its latest negative ones apart
        rules.trend(new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), t.count(),
                t.baseline(), t.burstScore(), t.negativeCount(), t.sourceCount(),
                List.of("giao-duc-3", "du-lich-2", "ocop-1"), false, t.window(), t.negativeBaseline(), t.negativeSurge(),
                List.of("laocaitv-mh2", "baolaocai-mh1")));

        assertTheSurgeJoinedTheLandslideOnItsTwoNegativeReports();
    }
}
