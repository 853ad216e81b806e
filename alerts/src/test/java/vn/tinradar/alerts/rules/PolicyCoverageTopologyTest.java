package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.text.VnTime;

/**
 * Rules policy-silent and policy-negative in the production topology: checked on every mention and on the driver's
 * wall clock; a silence is cleared by coverage.
 */
class PolicyCoverageTopologyTest {

    // consultation 01/11 – 30/11/2026; the driver starts on 05/11 at 09:00
    private static final Instant START = LocalDate.of(2026, 11, 5).atTime(9, 0).atZone(VnTime.ZONE).toInstant();

    @TempDir
    Path stateDir;

    private RulesDriver rules;

    private RulesDriver start(Instant wallClock) {
        AlertsConfig config = AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  rules:
                    draft-policies:
                      silent-after-days: 7
                      policies:
                        - id: ho-tro-thu-hoi-dat
                          name: "Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất"
                          keywords: ["hỗ trợ thu hồi đất", "hỗ trợ khi Nhà nước thu hồi đất"]
                          consultation-from: 2026-11-01
                          consultation-to: 2026-11-30
                """).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
        rules = new RulesDriver(() -> config, a -> { }, stateDir, wallClock);
        return rules;
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    private static Story landStory(Instant lastSeen) {
        ArticleRef a = Fixtures.ref("baolaocai-hn", "Hội nghị lấy ý kiến dự thảo hỗ trợ thu hồi đất", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, 0);
        return new Story(Story.VERSION, "story-ho-tro-thu-hoi-dat", "Hội nghị lấy ý kiến dự thảo hỗ trợ thu hồi đất",
                lastSeen, lastSeen, "Báo Lào Cai", 1, 0, List.of("Báo Lào Cai"), List.of(SourceTier.PROVINCIAL_PRESS),
                List.of(), List.of("du-thao-chinh-sach"), List.of(), 0, 0, List.of(), List.of(a), 0, null);
    }

    @Test
    void policyNeverCoveredForSevenDaysOfConsultationRaisesPolicySilent() {
        start(START);
        rules.driver.advanceWallClockTime(Duration.ofDays(3));

        Alert alert = rules.newAlerts().get(0);
        assertThat(alert.rule()).isEqualTo("policy-silent");
        assertThat(alert.title()).isEqualTo("Dự thảo vắng thông tin: Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất");
        assertThat(alert.summary()).contains("từ khi bắt đầu lấy ý kiến (01/11/2026) chưa có bài nào nhắc đến");
        assertThat(alert.suggestedAction()).contains("trước ngày 30/11/2026");
    }

    @Test
    void recentCoverageKeepsThePolicyQuiet() {
        start(START);
        rules.story(landStory(START.minus(Duration.ofDays(1))));
        rules.driver.advanceWallClockTime(Duration.ofDays(5));

        assertThat(rules.newAlerts()).isEmpty();
    }

    @Test
    void coverageStoppingForSevenDaysFiresAndItsReturnResolves() {
        start(START);
        rules.story(landStory(START.minus(Duration.ofDays(1))));
        rules.driver.advanceWallClockTime(Duration.ofDays(6));
        List<Alert> silent = rules.newAlerts();
        assertThat(silent).isNotEmpty();
        assertThat(silent.get(0).summary()).contains("đã 7 ngày không có bài nào nhắc đến")
                .contains("Bài gần nhất: “Hội nghị lấy ý kiến dự thảo hỗ trợ thu hồi đất”");
        assertThat(silent.get(0).articles()).extracting(ArticleRef::id).containsExactly("baolaocai-hn");

        rules.story(landStory(START.plus(Duration.ofDays(7))));

        Alert resolved = rules.newAlerts().get(0);
        assertThat(resolved.id()).isEqualTo(silent.get(0).id());
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void endOfConsultationResolvesTheSilence() {
        start(START);
        rules.driver.advanceWallClockTime(Duration.ofDays(3));
        String id = rules.newAlerts().get(0).id();

        rules.driver.advanceWallClockTime(Duration.ofDays(23));

        List<Alert> out = rules.newAlerts();
        assertThat(out.get(out.size() - 1).id()).isEqualTo(id);
        assertThat(out.get(out.size() - 1).status()).isEqualTo(AlertStatus.RESOLVED);
    }

    private static Story complaint(String id, String title, int articles, int negative, Instant lastSeen) {
        ArticleRef a = Fixtures.ref(id + "-1", title, "Tạp chí điện tử Tây Bắc Xanh", SourceTier.LICENSED_EMAGAZINE, 0);
        return new Story(Story.VERSION, id, title, lastSeen.minus(Duration.ofHours(3)), lastSeen,
                "Tạp chí điện tử Tây Bắc Xanh", articles, 0, List.of("Tạp chí điện tử Tây Bắc Xanh", "Diễn đàn"),
                List.of(SourceTier.LICENSED_EMAGAZINE), List.of(), List.of("du-thao-chinh-sach"), List.of(), negative,
                0, List.of(), List.of(a), 0, null);
    }

    @Test
    void negativeReactionSpreadOverSmallStoriesRaisesOnePolicyNegativeAlert() {
        start(START);
        rules.story(landStory(START.minus(Duration.ofDays(2))));
        rules.story(complaint("story-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 2, 2,
                START.minus(Duration.ofDays(1))));
        rules.story(complaint("story-thiet-thoi", "Dự thảo hỗ trợ thu hồi đất: người dân lo thiệt thòi", 2, 2,
                START.minus(Duration.ofHours(2))));

        List<Alert> negative = rules.newAlerts().stream().filter(a -> a.rule().equals("policy-negative")).toList();
        assertThat(negative).isNotEmpty().allSatisfy(a -> assertThat(a.id()).isEqualTo(negative.get(0).id()));
        Alert last = negative.get(negative.size() - 1);
        assertThat(last.title()).isEqualTo("Dư luận tiêu cực về Dự thảo Nghị quyết hỗ trợ khi Nhà nước thu hồi đất");
        assertThat(last.summary()).contains("4/5 bài").contains("trong 3 câu chuyện");
        assertThat(last.articles()).extracting(ArticleRef::id).contains("story-muc-thap-1", "story-thiet-thoi-1");
    }

    @Test
    void storyMergedAwayIsNoLongerCountedBesideTheStoryThatTookItsArticles() {
        start(START);
        rules.story(complaint("story-da-sua", "Dự thảo hỗ trợ thu hồi đất đã sửa theo góp ý của dân", 2, 0,
                START.minus(Duration.ofDays(2))));
        rules.story(complaint("story-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 3, 2,
                START.minus(Duration.ofDays(1))));
        assertThat(rules.newAlerts()).as("2 of 5 articles negative").noneMatch(a -> a.rule().equals("policy-negative"));

        // the complaint story takes the revision story's two articles and one more complaint; the other is gone
        rules.story(complaint("story-muc-thap", "Nhiều hộ dân phàn nàn mức hỗ trợ thu hồi đất thấp", 6, 3,
                START.minus(Duration.ofHours(2))));
        rules.storyGone("story-da-sua");

        assertThat(rules.newAlerts()).filteredOn(a -> a.rule().equals("policy-negative")).last()
                .satisfies(a -> assertThat(a.summary()).contains("3/6 bài").contains("trong 1 câu chuyện"));
    }
}
