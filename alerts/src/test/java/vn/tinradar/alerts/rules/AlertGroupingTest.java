package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;

/**
 * Generations of one group: coverage of the land-compensation draft turns negative, goes quiet for longer than the
 * regroup time, then turns negative again (issue 14: the demo then held two firing "Dư luận tiêu cực" alerts).
 */
class AlertGroupingTest {

    private static final String GROUP = "policy-negative|ho-tro-thu-hoi-dat";
    private final AlertGrouping grouping = new AlertGrouping(30, Duration.ofHours(72));

    private static Finding negativeCoverage(String articleId, Instant seen) {
        return new Finding("policy-negative", GROUP, Severity.WARNING,
                "Dư luận tiêu cực về Dự thảo Nghị quyết quy định mức hỗ trợ khi Nhà nước thu hồi đất",
                "3/5 bài về dự thảo mang sắc thái tiêu cực.", "Tổng hợp ý kiến gửi cơ quan chủ trì soạn thảo.",
                List.of(new Signal("negative-share", 0.6, "3/5 bài tiêu cực")),
                List.of(Fixtures.ref(articleId, "Người dân xã Bản Lầu lo ngại mức bồi thường", "Báo Lào Cai",
                        SourceTier.PROVINCIAL_PRESS, 0)), "s-du-thao", "chinh-sach", null, seen, seen);
    }

    @Test
    void aNewGenerationResolvesThePreviousAlertStillFiringAndNamesItsSuccessor() {
        Instant first = Fixtures.T0;
        Instant again = first.plus(Duration.ofHours(80));
        AlertGrouping.GroupState before = grouping.apply(null, negativeCoverage("bl-1", first), first).orElseThrow();

        AlertGrouping.GroupState after = grouping.apply(before, negativeCoverage("bl-2", again), again).orElseThrow();

        assertThat(after.generation()).isEqualTo(1);
        assertThat(grouping.replaced(before, after, again)).hasValueSatisfying(old -> {
            assertThat(old.id()).isEqualTo(before.alert().id());
            assertThat(old.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(old.revision()).isEqualTo(before.alert().revision() + 1);
            assertThat(old.signals()).last().satisfies(s -> {
                assertThat(s.name()).isEqualTo(AlertGrouping.REPLACED);
                assertThat(s.evidence()).contains("72 giờ", after.alert().id());
            });
        });
    }

    @Test
    void aGroupThatGrowsWithinTheRegroupTimeReplacesNothing() {
        Instant first = Fixtures.T0;
        Instant soon = first.plus(Duration.ofHours(30));
        AlertGrouping.GroupState before = grouping.apply(null, negativeCoverage("bl-1", first), first).orElseThrow();

        AlertGrouping.GroupState after = grouping.apply(before, negativeCoverage("bl-2", soon), soon).orElseThrow();

        assertThat(after.alert().id()).isEqualTo(before.alert().id());
        assertThat(grouping.replaced(before, after, soon)).isEmpty();
    }

    @Test
    void aPreviousAlertAlreadyResolvedIsNotResolvedAgain() {
        Instant first = Fixtures.T0;
        AlertGrouping.GroupState fired = grouping.apply(null, negativeCoverage("bl-1", first), first).orElseThrow();
        AlertGrouping.GroupState cleared = grouping.apply(fired,
                Finding.cleared("policy-negative", GROUP, "Hết thời gian lấy ý kiến.", first.plusSeconds(60)),
                first.plusSeconds(60)).orElseThrow();
        Instant again = first.plus(Duration.ofHours(5));

        AlertGrouping.GroupState next = grouping.apply(cleared, negativeCoverage("bl-2", again), again).orElseThrow();

        assertThat(next.generation()).isEqualTo(1);
        assertThat(grouping.replaced(cleared, next, again)).isEmpty();
    }

    private static Finding landslideSpread(boolean suspicious, Instant seen) {
        return new Finding("story-spread", "story|s-seo-phin", suspicious ? Severity.URGENT : Severity.WARNING,
                (suspicious ? "Tin nghi sai sự thật lan truyền" : "Tin lan truyền")
                        + " trên 3 nguồn không chính thống: “Đồi sau thôn Séo Phìn bắt đầu có vết nứt”",
                "Câu chuyện xuất hiện lần đầu trên Diễn đàn Cộng đồng Lào Cai.", "Xác minh với chính quyền xã.",
                List.of(new Signal(suspicious ? "no-official-coverage" : "official-coverage", 1,
                        suspicious ? "Chưa có báo chí chính thống đưa tin" : "Đài PT-TH Lào Cai đã đưa tin")),
                List.of(Fixtures.ref("dd-1", "Đồi sau thôn Séo Phìn bắt đầu có vết nứt", "Diễn đàn Cộng đồng Lào Cai",
                        SourceTier.FORUM_SOCIAL, 0)), "s-seo-phin", "thien-tai", "Xã Mường Hum", Fixtures.T0, seen,
                false, suspicious ? StorySpreadRule.SUSPICIOUS_RANK : 0);
    }

    @Test
    void officialPressTakingUpAStoryRewordsItsSuspiciousSpreadAlert() {
        Instant forumsOnly = Fixtures.T0.plus(Duration.ofMinutes(5));
        Instant pressToo = forumsOnly.plus(Duration.ofMinutes(3));
        AlertGrouping.GroupState before = grouping.apply(null, landslideSpread(true, forumsOnly), forumsOnly)
                .orElseThrow();

        AlertGrouping.GroupState after = grouping.apply(before, landslideSpread(false, pressToo), pressToo).orElseThrow();

        assertThat(after.alert().title()).startsWith("Tin lan truyền trên 3 nguồn");
        assertThat(after.alert().severity()).isEqualTo(Severity.WARNING);
        assertThat(after.rank()).isZero();
        assertThat(after.alert().signals()).extracting(Signal::name).startsWith("official-coverage");
    }

    @Test
    void aNewVerdictOnTheStoryReplacesTheOldVerdictsSignalsAndKeepsTheBurstsOnes() {
        Instant forumsOnly = Fixtures.T0.plus(Duration.ofMinutes(5));
        Instant burstSeen = forumsOnly.plus(Duration.ofMinutes(1));
        Instant pressToo = forumsOnly.plus(Duration.ofMinutes(3));
        AlertGrouping.GroupState suspicious = grouping.apply(null, landslideSpread(true, forumsOnly), forumsOnly)
                .orElseThrow();
        Finding burst = new Finding("topic-burst", "story|s-seo-phin", Severity.WARNING,
                "Thiên tai: tin tăng đột biến tại Xã Mường Hum", "5 bài trong 6 giờ.", "Cung cấp thông tin chính thức.",
                List.of(new Signal("burst", 9.2, "Chỉ số đột biến 9,2")), List.of(), "s-seo-phin", "thien-tai",
                "Xã Mường Hum", Fixtures.T0, burstSeen, false, 0);
        AlertGrouping.GroupState withBurst = grouping.apply(suspicious, burst, burstSeen).orElseThrow();

        AlertGrouping.GroupState after = grouping.apply(withBurst, landslideSpread(false, pressToo), pressToo)
                .orElseThrow();

        assertThat(after.alert().signals()).extracting(Signal::name).contains("official-coverage", "burst")
                .doesNotContain("no-official-coverage");
    }

    /** Issue 11, a live demo run: the landslide's burst alert said both "official press carried it" and "none has". */
    @Test
    void aNewVerdictReplacesTheOldOneInAnAlertWordedByABurst() {
        Instant burstSeen = Fixtures.T0.plus(Duration.ofMinutes(5));
        Instant forumsOnly = burstSeen.plus(Duration.ofMinutes(1));
        Instant pressToo = forumsOnly.plus(Duration.ofMinutes(3));
        Finding burst = new Finding("topic-burst", "story|s-seo-phin", Severity.URGENT,
                "Thiên tai: tin tăng đột biến tại Xã Mường Hum", "9 bài trong 6 giờ.", "Cung cấp thông tin chính thức.",
                List.of(new Signal("burst", 9.2, "Chỉ số đột biến 9,2")), List.of(), "s-seo-phin", "thien-tai",
                "Xã Mường Hum", Fixtures.T0, burstSeen, false, TopicBurstRule.RANK_ABOVE_OTHER_TREND_RULES + 9.2);
        // the spread rule's first verdict: spread on forums, no official press yet, not judged false
        Finding forumsSpread = new Finding("story-spread", "story|s-seo-phin", Severity.WARNING,
                "Tin lan truyền trên 3 nguồn không chính thống: “Đồi sau thôn Séo Phìn bắt đầu có vết nứt”",
                "Câu chuyện xuất hiện lần đầu trên Diễn đàn Cộng đồng Lào Cai.", "Theo dõi.",
                List.of(new Signal("no-official-coverage", 1, "Chưa có báo chí chính thống đưa tin")), List.of(),
                "s-seo-phin", "thien-tai", "Xã Mường Hum", Fixtures.T0, forumsOnly, false, 0);
        AlertGrouping.GroupState worded = grouping.apply(null, burst, burstSeen).orElseThrow();
        AlertGrouping.GroupState joined = grouping.apply(worded, forumsSpread, forumsOnly).orElseThrow();

        AlertGrouping.GroupState after = grouping.apply(joined, landslideSpread(false, pressToo), pressToo)
                .orElseThrow();

        assertThat(after.alert().rule()).isEqualTo("topic-burst");
        assertThat(after.alert().signals()).extracting(Signal::name).contains("official-coverage", "burst")
                .doesNotContain("no-official-coverage");
    }

    @Test
    void aBurstOfTheSameStoryDoesNotTakeBackItsSuspiciousWording() {
        Instant forumsOnly = Fixtures.T0.plus(Duration.ofMinutes(5));
        AlertGrouping.GroupState before = grouping.apply(null, landslideSpread(true, forumsOnly), forumsOnly)
                .orElseThrow();
        Finding burst = new Finding("topic-burst", "story|s-seo-phin", Severity.WARNING,
                "Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Mường Hum", "7 bài về thiên tai.", "",
                List.of(new Signal("burst", 9.2, "Chỉ số đột biến 9,2")), List.of(), "s-seo-phin", "thien-tai",
                "Xã Mường Hum", forumsOnly, forumsOnly.plusSeconds(60));

        AlertGrouping.GroupState after = grouping.apply(before, burst, forumsOnly.plusSeconds(60)).orElseThrow();

        assertThat(after.alert().title()).startsWith("Tin nghi sai sự thật");
        assertThat(after.alert().severity()).isEqualTo(Severity.URGENT);
    }

    @Test
    void aBurstThatLeavesAStorysGroupDoesNotEndTheStorysOwnSpreadAlert() {
        Instant spread = Fixtures.T0.plus(Duration.ofMinutes(5));
        Instant moved = spread.plus(Duration.ofMinutes(10));
        AlertGrouping.GroupState before = grouping.apply(null, landslideSpread(true, spread), spread).orElseThrow();

        assertThat(grouping.apply(before, Finding.cleared("topic-burst", "story|s-seo-phin",
                "Cùng một sự kiện: 3/5 bài mẫu nay thuộc câu chuyện khác", moved), moved)).isEmpty();
        assertThat(grouping.apply(before, Finding.cleared("story-spread", "story|s-seo-phin", "Đã gộp", moved), moved))
                .hasValueSatisfying(after -> assertThat(after.alert().status()).isEqualTo(AlertStatus.RESOLVED));
    }
}
