package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchResult;

class PageCheckTest {

    private static final String URL = "https://tinmoi24h.example/vo-dap-thuy-dien-bat-xat-88123.html";
    private static final String TITLE = "Vỡ đập thủy điện ở Bát Xát, hàng trăm hộ dân phải sơ tán";
    private static final String BODY = "Tối qua đập thủy điện Nậm Pung bị vỡ, nước cuốn trôi 40 ngôi nhà.";
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void firstReadingKeepsRevisionOneWithoutAChange() {
        CheckResult r = PageCheck.judge(watched(), ok(URL), page(TITLE, BODY), NOW);
        assertThat(r.revision().revision()).isEqualTo(1);
        assertThat(r.change()).isNull();
    }

    @Test
    void unchangedPageKeepsNoNewRevision() {
        RecheckState first = PageCheck.judge(watched(), ok(URL), page(TITLE, BODY), NOW).state();
        CheckResult r = PageCheck.judge(first, ok(URL), page(TITLE, "87 lượt xem " + BODY), NOW.plusSeconds(3600));
        assertThat(r.revision()).isNull();
        assertThat(r.state().lastCheck()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void rewrittenTitleIsAnEditWithTheTitleDiff() {
        RecheckState first = PageCheck.judge(watched(), ok(URL), page(TITLE, BODY), NOW).state();
        CheckResult r = PageCheck.judge(first, ok(URL), page("Tin đồn vỡ đập thủy điện ở Bát Xát", BODY),
                NOW.plusSeconds(3600));
        assertThat(r.change().kind()).isEqualTo(ArticleChange.EDITED);
        assertThat(r.change().reason()).isEqualTo("tiêu đề");
        assertThat(r.change().titleDiff()).extracting(s -> s.op() + ":" + s.text())
                .containsExactly("del:Vỡ", "ins:Tin đồn vỡ", "same:đập thủy điện ở Bát Xát",
                        "del:, hàng trăm hộ dân phải sơ tán");
    }

    @Test
    void notFoundIsATakedownAndStopsTheWatch() {
        RecheckState first = PageCheck.judge(watched(), ok(URL), page(TITLE, BODY), NOW).state();
        FetchResult gone = new FetchResult(FetchOutcome.GONE, URL, URL, 404, null, new byte[0], null, null,
                "HTTP 404", NOW, Duration.ZERO);
        CheckResult r = PageCheck.judge(first, gone, null, NOW.plusSeconds(7200));
        assertThat(r.change().reason()).isEqualTo("HTTP 404");
        assertThat(r.state().removed()).isTrue();
        assertThat(r.revision().removed()).isTrue();
    }

    @Test
    void timeoutIsNoJudgementAndKeepsTheLastRevision() {
        RecheckState first = PageCheck.judge(watched(), ok(URL), page(TITLE, BODY), NOW).state();
        FetchResult slow = new FetchResult(FetchOutcome.TIMEOUT, URL, URL, 0, null, new byte[0], null, null,
                "read timed out", NOW, Duration.ZERO);
        CheckResult r = PageCheck.judge(first, slow, null, NOW.plusSeconds(7200));
        assertThat(r.change()).isNull();
        assertThat(r.unreadable()).isEqualTo("timeout: read timed out");
        assertThat(r.state().revision()).isEqualTo(1);
    }

    private static RecheckState watched() {
        return RecheckState.first("a1", URL, "Tin Mới 24h", NOW.minusSeconds(3600), TITLE);
    }

    private static FetchResult ok(String finalUrl) {
        return new FetchResult(FetchOutcome.OK, URL, finalUrl, 200, "text/html; charset=utf-8",
                "<html></html>".getBytes(StandardCharsets.UTF_8), null, null, null, NOW, Duration.ZERO);
    }

    private static ExtractedPage page(String title, String text) {
        return new ExtractedPage(URL, title, null, text, null, null, null, "vi", null, null, null, null);
    }
}
