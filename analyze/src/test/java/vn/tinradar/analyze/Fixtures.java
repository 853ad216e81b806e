package vn.tinradar.analyze;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;

/** Vietnamese press-like articles for the analyze tests. */
public final class Fixtures {

    public static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private Fixtures() {
    }

    public static Article article(String url, String source, SourceTier tier, String title, String text,
                           OffsetDateTime published) {
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, source, sourceName(source), tier,
                title, null, text, null, null, null, "vi", published, null, "page", published.toInstant(),
                ArticleIds.contentHash(title, text), null, true);
    }

    public static Article landslide(int n, OffsetDateTime published) {
        return article("https://baolaocai.vn/sat-lo-bao-yen-" + n + ".html", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Sạt lở đe dọa " + (n + 10) + " hộ dân ở xã Bảo Yên",
                "Mưa lớn kéo dài khiến taluy dương sạt lở tại thôn Khe Mạ " + n + ", xã Bảo Yên, vùi lấp "
                        + (n + 2) + " căn nhà. Chính quyền xã đã di dời khẩn cấp các hộ dân đến nơi an toàn; "
                        + "thiệt hại ban đầu ước tính " + (n + 1) + " tỷ đồng. Bài số " + n + ".",
                published);
    }

    public static Article education(int n, OffsetDateTime published) {
        return article("https://laocai.gov.vn/giao-duc-sa-pa-" + n, "laocai-gov", SourceTier.GOVERNMENT_PORTAL,
                "Phường Sa Pa khai giảng lớp học tình thương số " + n,
                "Học sinh phường Sa Pa được hỗ trợ sách vở và đồ dùng học tập trong năm học mới, lớp " + n + ".",
                published);
    }

    public static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    public static Instant instant(String localDateTime) {
        return at(localDateTime).toInstant();
    }

    private static String sourceName(String id) {
        return switch (id) {
            case "baolaocai" -> "Báo Lào Cai";
            case "laocai-gov" -> "Cổng TTĐT tỉnh Lào Cai";
            case "vnexpress" -> "VnExpress";
            default -> "Trang " + id;
        };
    }
}
