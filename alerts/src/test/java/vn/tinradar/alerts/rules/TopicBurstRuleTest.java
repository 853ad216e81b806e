package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.event.Trend;

class TopicBurstRuleTest {

    private final TopicBurstRule rule = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
            id -> Optional.empty());

    @Test
    void burstOfLandslideNewsInACommuneExplainsItselfInVietnamese() {
        Finding f = rule.evaluate(Fixtures.landslideTrend(9, 6.5)).orElseThrow();

        assertThat(f.title()).isEqualTo("Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Bảo Hà");
        assertThat(f.severity()).isEqualTo(Severity.URGENT);
        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence())
                .contains("Chỉ số đột biến 6,5").contains("9 bài so với mức nền 1,5 bài"));
        assertThat(f.suggestedAction()).startsWith("Cung cấp thông tin chính thức");
        assertThat(f.groupKey()).isEqualTo("topic-burst|thien-tai|15265");
    }

    /** Issue 11: e-mails said "3 nguồn đưa tin" and named the two sources of the samples they listed. */
    @Test
    void windowOfThreeSourcesWhoseSamplesComeFromTwoSaysTheNamesAreSome() {
        Trend burst = new Trend(Trend.VERSION, Trend.TOPIC, "thien-tai", "Thiên tai", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), 8, 1, 7, 4, 3, List.of("duong-sat", "thu-vien"), false);
        TopicBurstRule withArticles = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
                id -> Optional.ofNullable(UNRELATED.get(id)));

        Finding f = withArticles.evaluate(burst).orElseThrow();

        assertThat(f.signals()).filteredOn(s -> s.name().equals("sources")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).isEqualTo("3 nguồn đưa tin, trong đó: VnExpress, Tuổi Trẻ"));
    }

    @Test
    void windowWhoseSamplesNameEverySourceListsThem() {
        assertThat(Wording.sources(2, List.of("VnExpress", "Tuổi Trẻ", "VnExpress")))
                .isEqualTo("2 nguồn đưa tin: VnExpress, Tuổi Trẻ");
    }

    /** Issue 11, the held-out stream of March 2026: an expressway opening through the province was "Khẩn". */
    @Test
    void largeBurstOfMostlyNeutralTrafficNewsIsAWarningAndSaysWhyNotUrgent() {
        Finding f = rule.evaluate(trafficBurst(3)).orElseThrow();

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.signals()).filteredOn(s -> s.name().equals("not-urgent")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).isEqualTo("Mức Cảnh báo, không Khẩn dù chỉ số đột biến 7,7 "
                        + "(ngưỡng Khẩn 6): chỉ 3/10 bài tiêu cực, cần từ 50%"));
    }

    @Test
    void largeBurstOfMostlyNegativeTrafficNewsIsUrgent() {
        Finding f = rule.evaluate(trafficBurst(7)).orElseThrow();

        assertThat(f.severity()).isEqualTo(Severity.URGENT);
        assertThat(f.signals()).extracting(s -> s.name()).doesNotContain("not-urgent");
    }

    @Test
    void largeDisasterBurstIsUrgentWhateverTheTone() {
        Trend warnings = new Trend(Trend.VERSION, Trend.TOPIC, "thien-tai", "Thiên tai", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), 10, 1.3, 7.7, 1, 3, List.of(), false);

        assertThat(rule.evaluate(warnings)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.URGENT));
    }

    /** Ten traffic reports in the province against 1.3 expected, from three outlets, {@code negative} of them bad news. */
    private static Trend trafficBurst(long negative) {
        return new Trend(Trend.VERSION, Trend.TOPIC, "giao-thong", "Giao thông", Fixtures.T0,
                Fixtures.T0.plusSeconds(4 * 86_400), 10, 1.3, 7.7, negative, 3, List.of(), false);
    }

    @Test
    void belowThresholdBurstDoesNotFire() {
        assertThat(rule.evaluate(Fixtures.landslideTrend(9, 2.0))).isEmpty();
    }

    @Test
    void backfilledWindowDoesNotFire() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        Trend late = new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), t.count(),
                t.baseline(), t.burstScore(), t.negativeCount(), t.sourceCount(), t.sampleArticleIds(), true);
        assertThat(rule.evaluate(late)).isEmpty();
    }

    @Test
    void topicOutsideThePublicConcernListDoesNotFire() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        Trend tourism = new Trend(t.v(), t.kind(), "du-lich@15001", "du-lich – Phường Sa Pa", t.windowStart(),
                t.windowEnd(), 30, 2, 15, 0, 6, t.sampleArticleIds(), false);
        assertThat(rule.evaluate(tourism)).isEmpty();
    }

    @Test
    void keyWithOtherSeparatorAndPlainLabelStillNamesThePlace() {
        assertThat(TopicPlace.parse("thien-tai|xa-bao-ha", "Thiên tai tại Xã Bảo Hà").place()).isEqualTo("Xã Bảo Hà");
        assertThat(TopicPlace.parse("thien-tai@15265", null).place()).isEqualTo("15265");
    }

    /** Three reports filed under infrastructure in one hour of a big city's flow, each its own story. */
    private static final Map<String, ScoredArticle> UNRELATED = Map.of(
            "doanh-thu", Fixtures.scored(Fixtures.ref("doanh-thu", "Doanh thu quý IV của một chủ đầu tư bất động sản "
                    + "tăng 30%", "Dân trí", SourceTier.NATIONAL_PRESS, 5), "s-doanh-thu"),
            "duong-sat", Fixtures.scored(Fixtures.ref("duong-sat", "Khởi công tuyến đường sắt Lào Cai – Hà Nội – Hải "
                    + "Phòng đoạn qua Quảng Ninh", "VnExpress", SourceTier.NATIONAL_PRESS, 12), "s-duong-sat"),
            "thu-vien", Fixtures.scored(Fixtures.ref("thu-vien", "Thêm ba thư viện thân thiện cho học sinh vùng cao",
                    "Tuổi Trẻ", SourceTier.NATIONAL_PRESS, 30), "s-thu-vien"));

    private static Trend infrastructureBurst(String kind, String key, String label) {
        return new Trend(Trend.VERSION, kind, key, label, Fixtures.T0, Fixtures.T0.plusSeconds(3600), 8, 1, 7, 4, 3,
                List.of("doanh-thu", "duong-sat", "thu-vien"), false);
    }

    @Test
    void burstOfUnrelatedReportsUnderOneTopicDoesNotFire() {
        // issue 11: a real week of national news filed unrelated reports under one topic in one hour
        TopicBurstRule withArticles = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
                id -> Optional.ofNullable(UNRELATED.get(id)));

        assertThat(withArticles.evaluate(infrastructureBurst(Trend.TOPIC_PLACE, "ha-tang-xay-dung@15265",
                "ha-tang-xay-dung – Xã Bảo Hà"))).isEmpty();
    }

    @Test
    void topicBurstingInTheWholeProvinceIsNamedSo() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        Trend province = new Trend(t.v(), Trend.TOPIC, "thien-tai", "thien-tai", t.windowStart(), t.windowEnd(),
                t.count(), t.baseline(), t.burstScore(), t.negativeCount(), t.sourceCount(), t.sampleArticleIds(), false);

        Finding f = rule.evaluate(province).orElseThrow();

        assertThat(f.title()).isEqualTo("Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến trên toàn địa bàn");
        assertThat(f.groupKey()).isEqualTo(TopicBurstRule.groupKey("thien-tai", ""));
    }

    /** Three national reports of the stuck imports at a border gate, each its own story, worded differently. */
    private static final Map<String, ScoredArticle> IMPORT_JAM = Map.of(
            "un-u", Fixtures.scored(Fixtures.ref("un-u", "Hàng nghìn lô hàng thực phẩm ùn ứ ở cửa khẩu Kim Thành",
                    "Dân trí", SourceTier.NATIONAL_PRESS, 5), "s-un-u"),
            "than-troi", Fixtures.scored(Fixtures.ref("than-troi", "Doanh nghiệp than trời vì lô hàng nông sản kẹt ở "
                    + "cửa khẩu", "VnExpress", SourceTier.NATIONAL_PRESS, 40), "s-than-troi"),
            "chi-dao", Fixtures.scored(Fixtures.ref("chi-dao", "Phó Thủ tướng chỉ đạo khẩn gỡ ùn ứ lô hàng nhập khẩu",
                    "Tuổi Trẻ", SourceTier.NATIONAL_PRESS, 90), "s-chi-dao"));

    private static Trend foodSafetyBurst(List<String> ids) {
        return new Trend(Trend.VERSION, Trend.TOPIC, "an-toan-thuc-pham", "an-toan-thuc-pham", Fixtures.T0,
                Fixtures.T0.plusSeconds(96 * 3600), 5, 0.5, 6.4, 4, 3, ids, false);
    }

    @Test
    void oneIssueToldInDifferentlyWordedReportsFiresAndSaysWhatTheyShare() {
        // issue 11: the Kim Thành import jam, five national reports in five stories, was dropped as unrelated
        TopicBurstRule withArticles = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
                id -> Optional.ofNullable(IMPORT_JAM.get(id)));

        Finding f = withArticles.evaluate(foodSafetyBurst(List.of("un-u", "than-troi", "chi-dao"))).orElseThrow();

        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence()).contains("“lô hàng”"));
    }

    /** Three accidents on different streets of a city: what they share is what made them traffic news. */
    private static ScoredArticle accident(String id, String title, String source) {
        ScoredArticle s = Fixtures.scored(Fixtures.ref(id, title, source, SourceTier.NATIONAL_PRESS, 10), "s-" + id);
        return new ScoredArticle(s.v(), s.article(), true, List.of(),
                List.of(new TopicScore("giao-thong", 0.9, List.of("tai nạn giao thông"))), null, null, s.storyId(),
                null, s.scoredAt());
    }

    @Test
    void reportsSharingOnlyTheirTopicsOwnWordsStayUnrelated() {
        Map<String, ScoredArticle> accidents = Map.of(
                "giai-phong", accident("giai-phong", "Tai nạn giao thông trên đường Giải Phóng, xe máy bốc cháy",
                        "VnExpress"),
                "cau-giay", accident("cau-giay", "Xe tải gây tai nạn giao thông ở nút giao Cầu Giấy", "Dân trí"),
                "thang-long", accident("thang-long", "Tai nạn giao thông liên hoàn trên cầu Thăng Long",
                        "Tuổi Trẻ"));
        TopicBurstRule withArticles = new TopicBurstRule(AlertsConfig.defaults().rules().topicBurst(),
                id -> Optional.ofNullable(accidents.get(id)));
        Trend traffic = new Trend(Trend.VERSION, Trend.TOPIC, "giao-thong", "giao-thong", Fixtures.T0,
                Fixtures.T0.plusSeconds(86_400), 9, 2, 4.9, 6, 3, List.of("giai-phong", "cau-giay", "thang-long"),
                false);

        assertThat(withArticles.evaluate(traffic)).isEmpty();
    }
}
