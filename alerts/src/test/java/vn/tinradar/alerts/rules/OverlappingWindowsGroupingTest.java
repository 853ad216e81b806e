package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.alerts.RulesDriver.firing;

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
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Trend;

/**
 * Two overlapping windows of one topic in the province, through the production topology: the expressway opening
 * through Đồng Nai (real news of March 2026, replayed) filled a four-day traffic window on its own and, one day
 * earlier, two of the five samples of a window mixed with the province's ordinary traffic news. Both were alerts,
 * both firing, in whichever order the windows closed; the event is one alert.
 */
class OverlappingWindowsGroupingTest {

    static final String EXPRESSWAY = "s-cao-toc-bien-hoa-vung-tau";

    @TempDir
    Path stateDir;

    private RulesDriver rules;

    @BeforeEach
    void start() {
        rules = new RulesDriver(AlertsConfig::defaults, a -> { }, stateDir, Fixtures.T0);
        report("tuoitre-ct1", "Cao tốc Biên Hòa - Vũng Tàu thông xe khai thác tạm, phương án đi lại ra sao?",
                "Tuổi Trẻ", 10, EXPRESSWAY);
        report("thanhnien-ct2", "Thông xe 37 km cao tốc Biên Hòa - Vũng Tàu đoạn qua Đồng Nai", "Thanh Niên", 20,
                EXPRESSWAY);
        report("thanhnien-ct3", "Ngày đầu thông xe cao tốc Biên Hòa - Vũng Tàu: xe đông, chưa ùn tắc", "Thanh Niên", 30,
                EXPRESSWAY);
        report("tuoitre-ct4", "Cao tốc Biên Hòa - Vũng Tàu: tài xế cần biết các nút giao đã mở", "Tuổi Trẻ", 40,
                EXPRESSWAY);
        report("vnexpress-cx1", "Cây xanh che khuất tầm nhìn trên quốc lộ 1 đoạn qua Trảng Bom", "VnExpress", 15,
                "s-cay-xanh-ql1");
        report("thanhnien-tx2", "Tài xế ngủ gật trên cao tốc bị phạt 4 triệu đồng", "Thanh Niên", 25, "s-ngu-gat");
        report("tuoitre-xm3", "Xe máy không có làn đi trên đường Võ Nguyên Giáp", "Tuổi Trẻ", 35, "s-lan-xe-may");
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    private void report(String id, String title, String source, int minutes, String story) {
        rules.scored.pipeInput(id, Fixtures.scored(Fixtures.ref(id, title, source, SourceTier.NATIONAL_PRESS, minutes),
                story));
    }

    /** The province's traffic, 14–18 March: two of its five samples are the expressway's. */
    private static Trend mixedWindow() {
        return new Trend(Trend.VERSION, Trend.TOPIC, "giao-thong", "giao-thong", Fixtures.T0.minusSeconds(86_400),
                Fixtures.T0.plusSeconds(3 * 86_400), 8, 1.5, 5.2, 3, 2,
                List.of("tuoitre-ct1", "thanhnien-ct2", "vnexpress-cx1", "thanhnien-tx2", "tuoitre-xm3"), false);
    }

    /** The province's traffic, 15–19 March: every sample is the expressway's. */
    private static Trend expresswayWindow() {
        return new Trend(Trend.VERSION, Trend.TOPIC, "giao-thong", "giao-thong", Fixtures.T0,
                Fixtures.T0.plusSeconds(4 * 86_400), 10, 1.3, 7.7, 3, 3,
                List.of("tuoitre-ct1", "thanhnien-ct2", "thanhnien-ct3", "tuoitre-ct4"), false);
    }

    @Test
    void mixedWindowRaisedFirstIsResolvedIntoTheStoryOfTheWindowAfterIt() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(mixedWindow());
        rules.afterTheWaitForStories();
        rules.trend(expresswayWindow());
        assertThat(firing(rules.current(alerts))).hasSize(2);

        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(firing(rules.current(alerts))).singleElement()
                .satisfies(a -> assertThat(a.storyId()).isEqualTo(EXPRESSWAY));
        Alert mixed = alerts.values().stream().filter(a -> a.storyId() == null).findFirst().orElseThrow();
        assertThat(mixed.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(mixed.signals()).filteredOn(s -> s.name().equals("cleared")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).startsWith("Cùng một sự kiện")
                        .contains("Cao tốc Biên Hòa - Vũng Tàu thông xe khai thác tạm", EXPRESSWAY));
    }

    @Test
    void mixedWindowStillWaitingWhenTheStorysWindowFiresJoinsItsAlertWithoutRaisingItsOwn() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(mixedWindow());
        rules.trend(expresswayWindow());
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.current(alerts).values()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(EXPRESSWAY);
            assertThat(a.articles()).extracting(ArticleRef::id).contains("tuoitre-ct1", "thanhnien-ct2");
        });
    }

    @Test
    void mixedWindowClosingAfterTheStorysWindowJoinsItsAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        rules.trend(expresswayWindow());
        rules.trend(mixedWindow());
        rules.driver.advanceWallClockTime(TrendRulesProcessor.RECHECK);

        assertThat(rules.current(alerts).values()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.storyId()).isEqualTo(EXPRESSWAY);
        });
    }

    @Test
    void windowWhereAnotherStoryLeadsIsStillItsOwnAlert() {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        report("vnexpress-cx2", "Đồng Nai yêu cầu tỉa cây xanh che biển báo trên quốc lộ 1", "VnExpress", 45,
                "s-cay-xanh-ql1");
        rules.trend(expresswayWindow());
        rules.trend(new Trend(Trend.VERSION, Trend.TOPIC, "giao-thong", "giao-thong", Fixtures.T0.minusSeconds(86_400),
                Fixtures.T0.plusSeconds(3 * 86_400), 8, 1.5, 5.2, 3, 2,
                List.of("vnexpress-cx1", "vnexpress-cx2", "thanhnien-tx2", "tuoitre-ct1"), false));
        rules.afterTheWaitForStories();

        // the trees over the national road hold two samples, the expressway one: not the expressway's window
        assertThat(firing(rules.current(alerts))).hasSize(2);
    }
}
