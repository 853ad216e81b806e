package vn.tinradar.analyze.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.Fixtures;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/** What a hit's snippet marks and which part of the article it shows, on press-like Vietnamese text. */
class SnippetsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T08:00:00+07:00");
    private final Snippets snippets = new Snippets();

    private static Article article(String title, String text) {
        return Fixtures.article("https://baolaocai.vn/bai-" + Math.abs((title + text).hashCode()) + ".html",
                "baolaocai", SourceTier.PROVINCIAL_PRESS, title, text, AT);
    }

    private static Query highlight(String q) {
        return new LuceneQueries().highlightQuery(StaffQuery.parse(q));
    }

    @Test
    void foldedQueryMarksTheWordsAsTheArticleWroteThem() {
        String snippet = snippets.snippet(article("Mưa lớn ở Bát Xát",
                "Mưa lớn kéo dài gây sạt lở tại xã Mường Hum, vùi lấp hai căn nhà."), highlight("sat lo"));

        assertThat(snippet).contains("gây <mark>sạt</mark> <mark>lở</mark> tại");
    }

    @Test
    void syllableOfAPhraseStandingAloneIsNotMarked() {
        String snippet = snippets.snippet(article("Lở đất",
                "Nhà ông Sạt ở thôn Khe Mạ; đất lở sau mưa. Sạt lở tiếp diễn tại km 12."), highlight("sat lo"));

        assertThat(snippet).contains("<mark>Sạt</mark> <mark>lở</mark> tiếp diễn")
                .contains("ông Sạt ở").contains("đất lở sau");
    }

    @Test
    void phraseAcrossAStopSyllableMarksItsWordsAroundIt() {
        String snippet = snippets.snippet(article("Học sinh",
                "Nhiều học sinh của trường được tặng sách vở; trường của học sinh ở xa."),
                highlight("\"học sinh của trường\""));

        // the stop syllable is not indexed, so it is not marked; the same words in another order are not the phrase
        assertThat(snippet).contains("<mark>học</mark> <mark>sinh</mark> của <mark>trường</mark> được")
                .contains("vở; trường của học sinh ở xa");
    }

    @Test
    void showsThePassageHoldingMostOfTheQuerysWordsBeforeOneHoldingFewer() {
        String filler = "Tỉnh đã tổ chức hội nghị tổng kết công tác năm với sự tham dự của các sở ngành liên quan. ";
        String text = "Giải phóng mặt bằng được nhắc tới trong báo cáo. " + filler.repeat(6)
                + "Tiến độ giải phóng mặt bằng cao tốc chậm vì thiếu đất tái định cư cho các hộ dân. " + filler.repeat(2);

        String snippet = snippets.snippet(article("Hội nghị tổng kết", text), highlight("giai phong mat bang tai dinh cu"));

        assertThat(snippet).contains("Tiến độ <mark>giải</mark> <mark>phóng</mark>");
        assertThat(snippet.indexOf("<mark>tái</mark> <mark>định</mark> <mark>cư</mark>"))
                .isLessThan(snippet.indexOf("<mark>Giải</mark> <mark>phóng</mark> <mark>mặt</mark>"));
    }

    @Test
    void fragmentStartingMidSentenceSaysSo() {
        String text = "Tỉnh đã tổ chức hội nghị tổng kết công tác năm với sự tham dự của các sở ngành liên quan, "
                + "các xã vùng cao và đại diện doanh nghiệp, trong đó nhiều ý kiến nêu khó khăn về vốn, nhân lực "
                + "và hạ tầng, đặc biệt là tuyến đường vào xã Mường Hum thường xuyên sạt lở mỗi mùa mưa.";

        String snippet = snippets.snippet(article("Hội nghị", text), highlight("sat lo"));

        assertThat(snippet).startsWith("… ").contains("<mark>sạt</mark> <mark>lở</mark>");
    }

    @Test
    void markupInTheArticleIsEscaped() {
        String snippet = snippets.snippet(article("Sách vở", "Tặng <b>sách vở</b> cho học sinh & giáo viên."),
                highlight("sach vo"));

        assertThat(snippet).contains("&lt;b&gt;<mark>sách</mark> <mark>vở</mark>&lt;&#x2F;b&gt;").contains("&amp;")
                .doesNotContain("<b>");
    }

    @Test
    void wordsOnlyInTheTitleAreMarkedInTheTitle() {
        String snippet = snippets.snippet(article("Sạt lở ở Mường Hum", "Mưa lớn kéo dài ba ngày qua."),
                highlight("sat lo"));

        assertThat(snippet).isEqualTo("<mark>Sạt</mark> <mark>lở</mark> ở Mường Hum");
    }

    @Test
    void articleWithoutTheWordsShowsItsBeginning() {
        String snippet = snippets.snippet(article("Mưa lớn", "Mưa lớn kéo dài ba ngày qua ở Lào Cai."),
                highlight("sat lo"));

        assertThat(snippet).isEqualTo("Mưa lớn kéo dài ba ngày qua ở Lào Cai.");
    }

    @Test
    void hugePageIsMarkedWithinItsFirstPartWithoutFailing() {
        String text = "Sạt lở tại xã Mường Hum. " + "Nội dung lặp lại không liên quan. ".repeat(20_000);

        String snippet = snippets.snippet(article("Trang rất dài", text), highlight("sat lo"));

        assertThat(snippet).startsWith("<mark>Sạt</mark> <mark>lở</mark> tại xã Mường Hum.");
    }

    @Test
    void hugePageMarkedNearTheEndOfItsAnalysedPartShowsAPassageNotTheRestOfThePage() {
        String filler = "Nội dung lặp lại không liên quan. ";
        String text = filler.repeat(5_880) + "Sạt lở tại xã Mường Hum. " + filler.repeat(20_000);

        String snippet = snippets.snippet(article("Trang rất dài", text), highlight("sat lo"));

        assertThat(snippet).contains("<mark>Sạt</mark> <mark>lở</mark> tại xã Mường Hum.");
        assertThat(snippet.length()).isLessThan(2 * Snippets.FRAGMENT_CHARS + 100);
    }
}
