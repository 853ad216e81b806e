package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.health.SourceHealth;

class IngestServiceTest {

    private final LocalSite site = new LocalSite();
    private final MemoryStateStore store = new MemoryStateStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        site.close();
    }

    private SourceRegistry registry(boolean allowPrivate) {
        return SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: baolaocai
                    name: Báo Lào Cai
                    tier: provincial-press
                    province-only: true
                    allow-private-network: %s
                    poll:
                      min-interval-seconds: 1
                      max-interval-seconds: 2
                    feeds:
                      - url: %s
                        kind: rss
                """.formatted(allowPrivate, site.url("/rss/home.rss")));
    }

    /** Sunday 22/11/2026 09:00 in Lào Cai: the fixtures' dates are recent relative to it, whenever the tests run. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    private IngestService service(MemorySink sink, boolean allowPrivate) {
        return new IngestService(TestConfigs.fast(), registry(allowPrivate), sink, store, meters, CLOCK);
    }

    private String feed(String... itemPaths) {
        StringBuilder items = new StringBuilder();
        for (String path : itemPaths) {
            items.append("<item><title>Tin từ nguồn cấp ").append(path).append("</title><link>")
                    .append(site.url(path)).append("?utm_source=rss</link>")
                    .append("<description>Tóm tắt tin ").append(path).append("</description>")
                    .append(path.endsWith("1.html") ? "<pubDate>Sun, 22 Nov 2026 08:15:00 +0700</pubDate>" : "")
                    .append(path.endsWith("9.html") ? "<pubDate>Sat, 18 Feb 2017 15:16:55 +0700</pubDate>" : "")
                    .append("</item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Báo Lào Cai</title>"
                + items + "</channel></rss>";
    }

    static String page(String title, String date) {
        return """
                <html lang="vi"><head><title>%1$s - Báo Lào Cai</title></head><body>
                <nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
                <article><h1>%1$s</h1><div class="date">%2$s</div>
                <p>Sáng nay, UBND xã Bát Xát tổ chức hội nghị triển khai phương án phòng chống thiên tai mùa mưa bão.</p>
                <p>Theo báo cáo, toàn xã có 35 điểm có nguy cơ sạt lở cao, ảnh hưởng đến hơn 200 hộ dân.</p>
                </article>
                <div class="tin-lien-quan"><a href="/bai/khac.html">Tin khác về sạt lở ở vùng cao Lào Cai</a></div>
                </body></html>""".formatted(title, date);
    }

    private void servePages() {
        site.serve("/bai/1.html", "text/html; charset=utf-8", page("Bát Xát chủ động phòng chống sạt lở", "22/11/2026 08:15"));
        site.serve("/bai/2.html", "text/html; charset=utf-8", page("Bát Xát rà soát 35 điểm nguy cơ sạt lở", "Thứ bảy, 21/11/2026, 16:40 (GMT+7)"));
        site.route("/bai/3.html", ex -> LocalSite.send(ex, 500, "text/plain", new byte[0]));
        site.serve("/bai/4.html", "image/jpeg", new byte[] {1, 2, 3});
    }

    @Test
    void firstPollEmitsEveryFeedItemWithItsPage() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/1.html", "/bai/2.html"));
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> sink.articles.size() == 2);
        }

        Article first = sink.articles.stream().filter(a -> a.url().endsWith("/bai/1.html")).findFirst().orElseThrow();
        assertThat(first.id()).isEqualTo(ArticleIds.fromCanonicalUrl(site.url("/bai/1.html")));
        assertThat(first.title()).isEqualTo("Bát Xát chủ động phòng chống sạt lở");
        assertThat(first.text()).contains("35 điểm có nguy cơ sạt lở").doesNotContain("Tin khác");
        assertThat(first.sourceId()).isEqualTo("baolaocai");
        assertThat(first.tier()).isEqualTo(SourceTier.PROVINCIAL_PRESS);
        assertThat(first.provinceSource()).isTrue();
        assertThat(first.dateSource()).isEqualTo("feed");
        assertThat(first.contentHash()).isEqualTo(ArticleIds.contentHash(first.title(), first.text()));
        Article second = sink.articles.stream().filter(a -> a.url().endsWith("/bai/2.html")).findFirst().orElseThrow();
        assertThat(second.dateSource()).as("feed had no date: the page's date line is used").isEqualTo("text");
        assertThat(second.published()).hasToString("2026-11-21T16:40+07:00");
        assertThat(sink.closed).isTrue();
        assertThat(meters.counter("tinradar.ingest.items.emitted", "source", "baolaocai").count()).isEqualTo(2);
        assertThat(meters.counter("tinradar.ingest.fetches", "source", "baolaocai", "outcome", "ok").count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.timer("tinradar.ingest.fetch.latency").count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.counter("tinradar.ingest.bytes").count()).isPositive();
    }

    @Test
    void restartEmitsOnlyArticlesNotSentBefore() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/1.html", "/bai/2.html"));
        servePages();
        MemorySink before = new MemorySink();
        try (IngestService service = service(before, true)) {
            service.start();
            Await.until(() -> before.articles.size() == 2);
        }
        site.serve("/bai/5.html", "text/html", page("Lào Cai khánh thành cầu treo bản Khoang", "23/11/2026 07:00"));
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/5.html", "/bai/1.html", "/bai/2.html"));
        long feedPollsBefore = site.count("/rss/home.rss");
        MemorySink after = new MemorySink();

        try (IngestService service = service(after, true)) {
            service.start();
            Await.until(() -> after.articles.size() >= 1 && site.count("/rss/home.rss") >= feedPollsBefore + 2);
        }

        assertThat(after.articles).extracting(Article::title).containsExactly("Lào Cai khánh thành cầu treo bản Khoang");
        assertThat(site.count("/bai/1.html")).as("seen pages are not fetched again").isEqualTo(1);
    }

    @Test
    void stoppingInTheMiddleOfAPollNeitherLosesNorRepeatsArticles() throws Exception {
        String[] paths = {"/bai/11.html", "/bai/12.html", "/bai/13.html", "/bai/14.html", "/bai/15.html"};
        for (String path : paths) {
            site.route(path, ex -> {
                try {
                    Thread.sleep(150); // a slow site, so the stop lands between two pages
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalSite.send(ex, 200, "text/html", page("Bài " + path + " về mùa lúa chín ở Mù Cang Chải", "22/11/2026 07:00")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        site.serve("/rss/home.rss", "application/rss+xml", feed(paths));
        MemorySink before = new MemorySink();
        try (IngestService service = service(before, true)) {
            service.start();
            Await.until(() -> before.articles.size() >= 2);
        }
        MemorySink after = new MemorySink();

        try (IngestService service = service(after, true)) {
            service.start();
            Await.until(() -> before.articles.size() + after.articles.size() >= paths.length);
        }

        List<String> all = new java.util.ArrayList<>();
        before.articles.forEach(a -> all.add(a.url()));
        after.articles.forEach(a -> all.add(a.url()));
        assertThat(before.articles.size()).as("stopped part-way").isLessThan(paths.length);
        assertThat(all).doesNotHaveDuplicates().hasSize(paths.length);
        assertThat(before.articles).as("the page cut off by the stop is not sent as a bare feed item")
                .allSatisfy(a -> assertThat(a.text()).isNotNull());
    }

    private String revisableItem(String path, String title, String updated) {
        return "<item><title>" + title + "</title><link>" + site.url(path) + "</link>"
                + "<pubDate>Sun, 22 Nov 2026 07:00:00 +0700</pubDate>"
                + "<atom:updated>" + updated + "</atom:updated></item>";
    }

    private void serveFeedOf(String... items) {
        site.serve("/rss/home.rss", "application/rss+xml", "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
                + "<channel><title>Báo Lào Cai</title>" + String.join("", items) + "</channel></rss>");
    }

    @Test
    void revisedArticleIsSentAgainUnderTheSameIdOnlyWhenItsDateAndTextChanged() throws Exception {
        site.serve("/bai/21.html", "text/html", page("Giá cước xe buýt Lào Cai - Sa Pa", "22/11/2026 07:00"));
        site.serve("/bai/22.html", "text/html", page("Mở thêm tuyến xe buýt Lào Cai - Bắc Hà", "22/11/2026 07:30"));
        serveFeedOf(revisableItem("/bai/21.html", "Giá cước xe buýt", "2026-11-22T07:00:00+07:00"));
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> sink.articles.size() == 1);
            serveFeedOf(revisableItem("/bai/22.html", "Tuyến mới", "2026-11-22T07:30:00+07:00"),
                    revisableItem("/bai/21.html", "Giá cước xe buýt", "2026-11-22T07:00:00+07:00"));
            Await.until(() -> sink.articles.size() == 2);
            assertThat(site.count("/bai/21.html")).as("same revision date: not read again").isEqualTo(1);
            site.serve("/bai/21.html", "text/html", page("Giá cước xe buýt Lào Cai - Sa Pa (đính chính)", "22/11/2026 07:00"));
            serveFeedOf(revisableItem("/bai/22.html", "Tuyến mới", "2026-11-22T07:30:00+07:00"),
                    revisableItem("/bai/21.html", "Giá cước xe buýt", "2026-11-22T08:30:00+07:00"));
            Await.until(() -> sink.articles.size() == 3);
        }

        Article original = sink.articles.get(0);
        Article correction = sink.articles.get(2);
        assertThat(correction.id()).isEqualTo(original.id());
        assertThat(correction.title()).endsWith("(đính chính)");
        assertThat(correction.contentHash()).isNotEqualTo(original.contentHash());
        assertThat(site.count("/bai/21.html")).isEqualTo(2);
    }

    @Test
    void itemsOlderThanTheMaximumAgeAreNotSent() throws Exception {
        site.serve("/bai/9.html", "text/html", page("Bài viết từ năm 2017 vẫn còn trong nguồn cấp", "18/02/2017 15:16"));
        site.serve("/bai/8.html", "text/html", page("Bài lưu trữ không có ngày trong nguồn cấp", "01/03/2025 10:00"));
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/9.html", "/bai/8.html", "/bai/1.html"));
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> sink.articles.size() == 1 && site.count("/rss/home.rss") >= 2);
        }

        assertThat(sink.articles).extracting(Article::title).containsExactly("Bát Xát chủ động phòng chống sạt lở");
        assertThat(site.count("/bai/9.html")).as("too old by the feed's date: not even fetched").isZero();
        assertThat(site.count("/bai/8.html")).as("too old by the page's date: fetched once, then remembered").isEqualTo(1);
    }

    @Test
    void pageThatFailsStillYieldsTheFeedItem() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/4.html"));
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> sink.articles.size() == 1);
        }

        Article article = sink.articles.get(0);
        assertThat(article.title()).isEqualTo("Tin từ nguồn cấp /bai/4.html");
        assertThat(article.summary()).isEqualTo("Tóm tắt tin /bai/4.html");
        assertThat(article.text()).isNull();
        assertThat(article.dateSource()).as("no date anywhere: marked, not silently now").isEqualTo("fetched");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("wrong-content-type");
            assertThat(r.sourceId()).isEqualTo("baolaocai");
            assertThat(r.url()).endsWith("/bai/4.html");
        });
        assertThat(meters.counter("tinradar.ingest.rejected", "reason", "wrong-content-type").count()).isEqualTo(1);
    }

    @Test
    void serverErrorOnPageIsRetriedOnLaterPolls() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Báo Lào Cai</title><item><link>" + site.url("/bai/3.html") + "</link></item></channel></rss>");
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> site.count("/rss/home.rss") >= 2 && site.count("/bai/3.html") >= 2 * 3);
        }

        assertThat(sink.articles).as("no title in the feed and no page: nothing to emit yet").isEmpty();
    }

    @Test
    void unusableLinkWithoutTitleIsRejectedOnceAndNotRetried() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Báo Lào Cai</title><item><link>" + site.url("/bai/4.html") + "</link></item>"
                + "<item><link>" + site.url("/bai/1.html") + "</link></item></channel></rss>");
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> sink.articles.size() == 1 && site.count("/rss/home.rss") >= 2);
        }

        assertThat(sink.rejected).extracting(vn.tinradar.common.event.Rejected::reason).containsExactly("wrong-content-type");
        assertThat(site.count("/bai/4.html")).isEqualTo(1);
    }

    @Test
    void feedItemWhoseLinkIsNotAnAddressGoesToRejectedWithTheLinkAndTheReason() throws Exception {
        servePages();
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/1.html").replace("</channel>",
                "<item><title>Liên hệ tòa soạn</title><link>mailto:toasoan@baolaocai.vn</link></item></channel>"));
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> !sink.rejected.isEmpty() && sink.articles.size() == 1);
        }

        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("unusable-item-link");
            assertThat(r.url()).isEqualTo(site.url("/rss/home.rss"));
            assertThat(r.detail()).contains("link=mailto:toasoan@baolaocai.vn").contains("title=Liên hệ tòa soạn")
                    .contains("not an http(s) URL");
        });
    }

    @Test
    void unreadableFeedIsRejectedAndCountedAsParseError() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", "<rss><channel><title>Báo Lào Cai</title><item><title>Hỏng");
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            service.start();
            Await.until(() -> !sink.rejected.isEmpty());
            Await.until(() -> service.sourceHealth().get(0).errors() >= 1);
            SourceHealth health = service.sourceHealth().get(0);
            assertThat(health.lastError()).startsWith("parse-error");
        }

        assertThat(sink.rejected.get(0).reason()).isEqualTo("unparseable-feed");
        assertThat(meters.counter("tinradar.ingest.fetches", "source", "baolaocai", "outcome", "parse-error").count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void privateAddressIsRefusedForOrdinarySources() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/1.html"));
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, false)) {
            service.start();
            Await.until(() -> service.sourceHealth().get(0).fetches() >= 1);
            SourceHealth health = service.sourceHealth().get(0);
            assertThat(health.lastError()).startsWith("blocked-address");
            assertThat(health.errorRate()).isEqualTo(1.0);
        }

        assertThat(site.requests()).isEmpty();
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void healthShowsPendingBeforeStartAndCountsAfterPolls() throws Exception {
        site.serve("/rss/home.rss", "application/rss+xml", feed("/bai/1.html"));
        servePages();
        MemorySink sink = new MemorySink();

        try (IngestService service = service(sink, true)) {
            assertThat(service.sourceHealth()).extracting(SourceHealth::state).containsExactly("pending");
            service.start();
            Await.until(() -> sink.articles.size() == 1 && service.sourceHealth().get(0).state().equals("ok"));
            List<SourceHealth> rows = service.sourceHealth();
            SourceHealth row = rows.get(0);
            assertThat(row.id()).isEqualTo("baolaocai");
            assertThat(row.name()).isEqualTo("Báo Lào Cai");
            assertThat(row.itemsEmitted()).isEqualTo(1);
            assertThat(row.fetches()).isGreaterThanOrEqualTo(2);
            assertThat(row.nextPollAt()).isNotNull();
            assertThat(row.lastSuccess()).isNotNull();
        }
    }

    @Test
    void closeIsIdempotent() {
        MemorySink sink = new MemorySink();
        IngestService service = service(sink, true);
        service.start();
        service.close();
        service.close();
        assertThat(sink.closed).isTrue();
    }
}
