package vn.tinradar.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.text.VietnameseText;

/** Vietnamese fixtures that look like provincial press: a landslide in Bảo Hà, a fabricated story copied around. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private Fixtures() {
    }

    /** Landslide news about Xã Bảo Hà bursting within one hour, keyed and labelled as analyze does. */
    public static Trend landslideTrend(long count, double burstScore, Instant windowStart, List<String> ids) {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@15265", "thien-tai – Xã Bảo Hà",
                windowStart, windowStart.plusSeconds(3600), count, 1.5, burstScore, 2, 4, ids, false);
    }

    public static Trend landslideTrend(long count, double burstScore) {
        return landslideTrend(count, burstScore, T0, List.of("bao-lao-cai-1", "vtv-2"));
    }

    public static ArticleRef ref(String id, String title, String source, SourceTier tier, int minutesAfterT0) {
        return new ArticleRef(id, title, "https://" + VietnameseText.fold(source).replace(" ", "") + ".vn/" + id
                + ".html", source, tier, OffsetDateTime.ofInstant(T0.plusSeconds(60L * minutesAfterT0), VN));
    }

    /** An article as articles.scored carries it: {@link #ref}'s fields, in story {@code storyId}. */
    public static ScoredArticle scored(ArticleRef ref, String storyId) {
        Article a = new Article(Article.VERSION, ref.id(), ref.url(), VietnameseText.fold(ref.source()).replace(" ", ""),
                ref.source(), ref.tier(), ref.title(), null, ref.title() + ".", null, null, null, "vi",
                ref.published(), null, "page", T0, "hash-" + ref.id(), null, true);
        return new ScoredArticle(ScoredArticle.VERSION, a, true, List.of(), List.of(), null, null, storyId, null, T0);
    }

    /** A fabricated story ("bệnh viện tỉnh từ chối cấp cứu") copied across {@code lowTierSites} unlicensed sites. */
    public static Story fabricatedStory(int lowTierSites, double maxSuspicion) {
        List<ArticleRef> refs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 1; i <= lowTierSites; i++) {
            String source = "Tin Nóng Tây Bắc " + i;
            sources.add(source);
            refs.add(ref("tin-nong-" + i, "Sốc: Bệnh viện tỉnh từ chối cấp cứu sản phụ, gia đình bức xúc", source,
                    SourceTier.UNLICENSED_SITE, 20 * i));
        }
        return new Story(Story.VERSION, "story-benh-vien-tu-choi", "Bệnh viện tỉnh từ chối cấp cứu sản phụ",
                T0, T0.plusSeconds(1200L * lowTierSites), sources.get(0), lowTierSites, lowTierSites - 1, sources,
                List.of(SourceTier.UNLICENSED_SITE), sources, List.of("y-te"),
                List.of(new PlaceTag("10", "Phường Yên Bái", "ward", "TP Yên Bái")), lowTierSites - 1, maxSuspicion,
                List.of(new Signal("giat-tit", 0.4, "Tiêu đề giật tít: \"Sốc:\""),
                        new Signal("khong-nguon", 0.3, "Không dẫn nguồn chính thức")), refs, maxSuspicion,
                "Chỉ có trang tin không phép, diễn đàn hoặc mạng xã hội đưa tin (" + lowTierSites + " nguồn)");
    }

    /** The provincial portal's health as ingest reports it: ok, failing or silent. */
    public static SourceStatus portal(String state, Instant at) {
        boolean ok = SourceStatus.OK.equals(state);
        return new SourceStatus(SourceStatus.VERSION, "laocai-gov", "Cổng TTĐT tỉnh Lào Cai",
                SourceTier.GOVERNMENT_PORTAL, state, ok ? "" : state.equals(SourceStatus.FAILING)
                ? "5 lần lấy tin liên tiếp bị lỗi, đang giãn lịch lấy tin"
                : "Không có bài mới trong 26 giờ, thường cứ 3 giờ có bài mới", T0.minusSeconds(3600),
                T0.minusSeconds(7200), ok ? null : "HTTP 503 Service Unavailable", ok ? null : at.minusSeconds(60),
                40, ok ? 2 : 7, 180, at);
    }

    public static Alert alert(String id, Severity severity, int revision) {
        return new Alert(Alert.VERSION, id, "topic-burst", severity, AlertStatus.FIRING,
                "Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Bảo Hà",
                "Từ 08:00 20/11/2026 có 9 bài về sạt lở tại Xã Bảo Hà từ 4 nguồn.",
                "Cung cấp thông tin chính thức.",
                List.of(new Signal("burst", 6.0, "Chỉ số đột biến 6 (ngưỡng 3): 9 bài so với mức nền 1,5 bài")),
                List.of(ref("bao-lao-cai-1", "Sạt lở đe dọa 12 hộ dân ở xã Bảo Hà", "Báo Lào Cai",
                        SourceTier.PROVINCIAL_PRESS, 5)),
                null, "thien-tai", "Xã Bảo Hà", T0, T0.plusSeconds(3600), T0.plusSeconds(3600), revision, null, null);
    }
}
