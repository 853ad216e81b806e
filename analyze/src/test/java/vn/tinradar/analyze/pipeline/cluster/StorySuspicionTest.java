package vn.tinradar.analyze.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;

/** Story-level suspicion respects who carries a story (issue 11: a landslide on the provincial paper read "Nghi vấn 83%"). */
class StorySuspicionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static StoryMember member(String source, SourceTier tier, int minute, String title, double suspicion) {
        return new StoryMember(source + "-" + minute, title, "https://" + source + ".vn/" + minute, source, source, tier,
                T0.plusSeconds(60L * minute), source + "-" + minute, false, true, suspicion, List.of("thien-tai"),
                List.of(), List.of());
    }

    /** The story's verdict with the default settings. */
    private static StorySuspicion.Verdict verdict(List<StoryMember> members) {
        return StorySuspicion.of(members, StorySignals.from(AnalyzeConfig.defaults()).coordinated());
    }

    @Test
    void landslideOnTheProvincialPaperIsNotSuspectThoughAForumPostedItFirst() {
        StorySuspicion.Verdict v = verdict(List.of(
                member("Diễn đàn Lào Cai", SourceTier.FORUM_SOCIAL, 0,
                        "NÓNG: Núi nứt toác trong đêm, hàng chục hộ dân xã Mường Hum phải sơ tán gấp", 0.83),
                member("Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 12,
                        "Sạt lở đe dọa khu dân cư, xã Mường Hum khẩn trương di dời người dân", 0.05),
                member("Cổng TTĐT tỉnh", SourceTier.GOVERNMENT_PORTAL, 17,
                        "Chủ tịch UBND tỉnh yêu cầu khẩn trương ứng phó nguy cơ sạt lở tại xã Mường Hum", 0.02)));

        assertThat(v.score()).isZero();
        assertThat(v.reason()).startsWith("Báo chí có phép hoặc cổng thông tin chính quyền đưa tin (Báo Lào Cai,"
                + " Cổng TTĐT tỉnh); Diễn đàn Lào Cai đăng trước");
    }

    @Test
    void storyCarriedOnlyByUnlicensedSitesIsAsSuspectAsItsMostSuspectArticle() {
        StorySuspicion.Verdict v = verdict(List.of(
                member("Tin Nóng 24h", SourceTier.UNLICENSED_SITE, 0,
                        "KHẨN CẤP!!! Đập thủy điện đầu nguồn ở Bát Xát nứt toác, có thể vỡ trong vài giờ tới", 0.91),
                member("Báo Nhanh", SourceTier.UNLICENSED_SITE, 22,
                        "Nóng: Đập thủy điện Lào Cai có nguy cơ vỡ, hàng nghìn dân phải chạy lũ", 0.74)));

        assertThat(v.score()).isEqualTo(0.91);
        assertThat(v.reason()).startsWith("Chỉ có trang tin không phép, diễn đàn hoặc mạng xã hội đưa tin (2 nguồn)");
    }

    @Test
    void rumourThePortalCallsFalseStaysSuspectWithThePortalInItsStory() {
        StorySuspicion.Verdict v = verdict(List.of(
                member("Tin Nóng 24h", SourceTier.UNLICENSED_SITE, 0,
                        "SỐC: Đập thủy điện ở Bát Xát \"nứt toác\", dân dọc suối phải sơ tán gấp", 0.88),
                member("Cổng TTĐT tỉnh", SourceTier.GOVERNMENT_PORTAL, 12,
                        "Thông tin đập thủy điện ở khu vực Bát Xát \"nứt toác, sắp vỡ\" là sai sự thật", 0.1)));

        assertThat(v.score()).isEqualTo(0.88);
        assertThat(v.reason()).isEqualTo("Trái với thông tin chính thức: Cổng TTĐT tỉnh đăng “Thông tin đập thủy điện"
                + " ở khu vực Bát Xát \"nứt toác, sắp vỡ\" là sai sự thật”");
    }

    @Test
    void aFineReportedByThePressIsNotARefutation() {
        StorySuspicion.Verdict v = verdict(List.of(
                member("Diễn đàn Lào Cai", SourceTier.FORUM_SOCIAL, 0,
                        "Suối sau thôn Đồng Tâm đen kịt, cá chết nổi trắng", 0.4),
                member("Đài PT-TH Lào Cai", SourceTier.PROVINCIAL_PRESS, 90,
                        "Xử phạt doanh nghiệp xả thải gây ô nhiễm tại xã Thượng Hà", 0.05)));

        assertThat(v.reason()).startsWith("Báo chí có phép");
        assertThat(v.score()).isZero();
    }

    @Test
    void storyRepeatingAClaimReviewedAsFalseIsSuspectWhoeverCarriesIt() {
        Signal debunked = new Signal("debunked-claim", 2.4,
                "Giống 80% với tin đã được kết luận là sai sự thật: “Nước máy phường Yên Bái nhiễm độc”");
        StoryMember copy = new StoryMember("vc-1", "SỐC: Nước máy ở phường Yên Bái nhiễm hóa chất cực độc", "u",
                "vungcaonews", "Vùng Cao News", SourceTier.UNLICENSED_SITE, T0, "vc-1", false, true, 0.7, List.of(),
                List.of(), List.of(debunked));

        StorySuspicion.Verdict v = verdict(List.of(copy, member("Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 30,
                "Nước máy phường Yên Bái có mùi lạ, công ty cấp nước lấy mẫu kiểm tra", 0.05)));

        assertThat(v.score()).isEqualTo(0.7);
        assertThat(v.reason()).isEqualTo("1 bài lặp lại tin đã được kết luận là sai sự thật: “Nước máy"
                + " phường Yên Bái nhiễm độc”");
    }
}
