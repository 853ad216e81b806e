package vn.tinradar.alerts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.OfficialResponse;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.province.Provinces;

/** The weekly report's table of requests for an official response (issue 14): one row each, with where it stands. */
class ReportResponsesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final Instant MADE_REPORT = Instant.parse("2026-11-23T00:00:00Z");

    private static WeeklyReport week() {
        Article a = new Article(1, "sat-lo-1", "https://baolaocai.vn/sat-lo-1.html", "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, "Nguy cơ sạt lở đồi sau thôn Séo Phìn", null, "...", null, null, null,
                "vi", OffsetDateTime.of(FROM.plusDays(2).atTime(9, 30), ZoneOffset.ofHours(7)), null, "page", null,
                "h1", null, true);
        ScoredArticle s = new ScoredArticle(1, a, true, List.of(new PlaceTag("02728", "Xã Mường Hum", "commune",
                "Mường Hum")), List.of(new TopicScore("thien-tai", 0.9, List.of())),
                new Sentiment("negative", 0, List.of()), new Suspicion(0.1, List.of()), "story-1", null, null);
        return new ReportBuilder(Map.of("thien-tai", "Thiên tai"), List.of()).build(FROM, FROM.plusDays(7),
                List.of(s), List.of());
    }

    private static ResponseRequest request(String agency, Instant due, OfficialResponse response) {
        return new ResponseRequest(1, agency, "topic-burst-7", "story-1", "Sạt lở tăng đột biến tại Xã Mường Hum",
                agency, agency, due, "", "canbo1", Instant.parse("2026-11-18T03:00:00Z"), List.of(), null, response, null);
    }

    @Test
    void eachRequestIsARowWithItsStatusAndTheResponse() {
        OfficialResponse answer = new OfficialResponse(Instant.parse("2026-11-19T02:30:00Z"), "thông cáo báo chí",
                "Đã di dời 12 hộ.", null, "p1", "Lý Văn Phát", "canbo1", Instant.parse("2026-11-19T03:00:00Z"));
        ReportDocument doc = new ReportDocument(week(), Provinces.byName("Lào Cai"), List.of(
                request("UBND xã Mường Hum", Instant.parse("2026-11-20T10:00:00Z"), answer),
                request("Sở Nông nghiệp và Môi trường", Instant.parse("2026-11-20T10:00:00Z"), null)), MADE_REPORT);

        Element table = Jsoup.parse(doc.html()).selectFirst("h2:contains(Yêu cầu phản hồi chính thức) + table");
        assertThat(table).isNotNull();
        assertThat(table.select("tr").eachText()).contains(
                "UBND xã Mường Hum Sạt lở tăng đột biến tại Xã Mường Hum 10:00 18/11/2026 17:00 20/11/2026 đã phản hồi "
                        + "thông cáo báo chí, 09:30 19/11/2026, Lý Văn Phát",
                "Sở Nông nghiệp và Môi trường Sạt lở tăng đột biến tại Xã Mường Hum 10:00 18/11/2026 17:00 20/11/2026 "
                        + "quá hạn");
        assertThat(doc.text()).contains("- Sở Nông nghiệp và Môi trường — Sạt lở tăng đột biến tại Xã Mường Hum: quá hạn");
    }

    @Test
    void aWeekWithoutRequestsHasNoSuchSection() {
        assertThat(new ReportDocument(week(), Provinces.byName("Lào Cai")).html())
                .doesNotContain("Yêu cầu phản hồi chính thức");
    }
}
