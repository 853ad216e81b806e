package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.Await;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;

/**
 * A forum followed through its RSS feed (kind {@code forum}) by the crawler's own path against a local server: the
 * feed lists threads, each thread page is fetched and its posts sent. The feed follows XenForo 2's
 * {@code forums/<node>/index.rss} (RSS 2.0 with {@code dc:creator}, {@code content:encoded}, {@code slash:comments});
 * the pages are those of {@link ForumThreadTest}.
 */
class ForumConnectorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    private static final String FEED = "/forums/thoi-su-dia-phuong.12/index.rss";
    private static final String LANDSLIDE = "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/";
    private static final String TICKETS = "/threads/gia-ve-cap-treo-fansipan.4519/";
    private final LocalSite site = new LocalSite();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        site.close();
    }

    private IngestService service() {
        return service(FEED);
    }

    private IngestService service(String feed) {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: diendan-laocai
                    name: Diễn đàn Lào Cai
                    tier: forum-social
                    province-only: true
                    allow-private-network: true
                    poll: {min-interval-seconds: 1, max-interval-seconds: 1}
                    feeds:
                      - {url: "%s", kind: forum}
                """.formatted(site.url(feed)));
        return new IngestService(TestConfigs.fast(), registry, sink, new MemoryStateStore(), new SimpleMeterRegistry(),
                CLOCK);
    }

    /** Serves a fixture with its {@code BASE} placeholders pointing at the local server. */
    private void serve(String path, String contentType, String resource) {
        site.serve(path, contentType, LocalSite.text(resource).replace("BASE", site.url("")));
    }

    @Test
    void forumFeedSendsThePostsOfEachListedThread() throws Exception {
        serve(FEED, "application/rss+xml; charset=utf-8", "forums/xenforo-laocai-rss.xml");
        serve(LANDSLIDE, "text/html; charset=utf-8", "forums/xenforo-laocai-thread.html");
        serve(TICKETS, "text/html; charset=utf-8", "forums/phpbb-laocai-topic.html");

        try (IngestService service = service()) {
            service.start();
            Await.until(() -> sink.articles().size() == 4);
        }

        Article opening = sink.articles().get(0);
        assertThat(opening.url()).isEqualTo(site.url(LANDSLIDE + "post-88101"));
        assertThat(opening.title()).isEqualTo("Sạt lở trên quốc lộ 4D đoạn qua Sa Pa");
        assertThat(opening.sourceId()).isEqualTo("social:forum:127.0.0.1");
        assertThat(opening.sourceName()).isEqualTo("Diễn đàn Lào Cai");
        assertThat(opening.post()).isEqualTo(new SocialPost("forum", "127.0.0.1", "Diễn đàn Lào Cai", "88101",
                SocialPost.POST, null));
        assertThat(sink.articles().get(1).post().parentUrl()).isEqualTo(site.url(LANDSLIDE));
        assertThat(site.requests()).contains("GET /robots.txt", "GET " + FEED, "GET " + LANDSLIDE, "GET " + TICKETS);
    }

    @Test
    void boardFeedListingTwoPostsOfOneThreadFetchesItsPageOnce() throws Exception {
        // phpBB's board and forum feeds list posts, not threads, each linking the page that holds it
        site.serve("/feed.php", "application/atom+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
                <title>Diễn đàn Bát Xát</title><id>%1$s/feed.php</id><updated>2026-11-21T09:30:00+07:00</updated>
                <entry><updated>2026-11-21T09:30:00+07:00</updated><id>%1$s/viewtopic.php?t=812&amp;p=5108#p5108</id>
                  <link href="%1$s/viewtopic.php?t=812&amp;p=5108#p5108"/>
                  <title type="html"><![CDATA[Đời sống • Re: Nước sạch cho bản Tả Van]]></title></entry>
                <entry><updated>2026-11-21T08:05:00+07:00</updated><id>%1$s/viewtopic.php?t=812&amp;p=5101#p5101</id>
                  <link href="%1$s/viewtopic.php?t=812&amp;p=5101#p5101"/>
                  <title type="html"><![CDATA[Đời sống • Nước sạch cho bản Tả Van]]></title></entry>
                </feed>""".formatted(site.url("")));
        serve("/viewtopic.php", "text/html; charset=utf-8", "forums/phpbb-laocai-topic.html");

        try (IngestService service = service("/feed.php")) {
            service.start();
            Await.until(() -> site.count("/feed.php") >= 2); // the first poll is over once the second begins
        }

        List<String> requests = List.copyOf(site.requests());
        int secondPoll = requests.subList(requests.indexOf("GET /feed.php") + 1, requests.size())
                .indexOf("GET /feed.php") + requests.indexOf("GET /feed.php") + 1;
        assertThat(requests.subList(0, secondPoll)).filteredOn(r -> r.startsWith("GET /viewtopic.php")).hasSize(1);
        assertThat(sink.articles()).extracting(a -> a.post().postId()).startsWith("5101", "5108");
    }

    @Test
    void postThatCannotBeOneIsADeadLetterNamingItsThread() throws Exception {
        serve(FEED, "application/rss+xml; charset=utf-8", "forums/xenforo-laocai-rss.xml");
        serve(LANDSLIDE, "text/html; charset=utf-8", "forums/xenforo-laocai-thread.html");

        try (IngestService service = service()) {
            service.start();
            Await.until(() -> sink.articles().size() == 2 && !sink.rejected().isEmpty());
        }

        Rejected rejected = sink.rejected().get(0);
        assertThat(rejected.reason()).isEqualTo("unusable-post");
        assertThat(rejected.url()).isEqualTo(site.url(LANDSLIDE));
        assertThat(rejected.detail()).startsWith("no text of its own").contains("post-88109");
    }

    @Test
    void threadPageThatIsNoForumIsADeadLetterAndTheOtherThreadGoesOn() throws Exception {
        serve(FEED, "application/rss+xml; charset=utf-8", "forums/xenforo-laocai-rss.xml");
        serve(LANDSLIDE, "text/html; charset=utf-8", "forums/xenforo-laocai-thread.html");
        site.serve(TICKETS, "text/html; charset=utf-8", "<html><body><h1>Bảo trì</h1><p>Diễn đàn đang bảo trì.</p>"
                + "</body></html>");

        try (IngestService service = service()) {
            service.start();
            Await.until(() -> sink.articles().size() == 2
                    && sink.rejected().stream().anyMatch(r -> r.reason().equals("unparseable-page")));
        }

        Rejected rejected = sink.rejected().stream().filter(r -> r.reason().equals("unparseable-page")).findFirst()
                .orElseThrow();
        assertThat(rejected.url()).isEqualTo(site.url(TICKETS));
        assertThat(rejected.detail()).contains("not a forum thread page");
    }

    @Test
    void threadPageOverTheSizeCapIsRefusedAndTheOtherThreadGoesOn() throws Exception {
        serve(FEED, "application/rss+xml; charset=utf-8", "forums/xenforo-laocai-rss.xml");
        serve(LANDSLIDE, "text/html; charset=utf-8", "forums/xenforo-laocai-thread.html");
        byte[] huge = ("<html><body>" + "<article class=\"message\" data-content=\"post-1\">Sạt lở</article>".repeat(80_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        site.serve(TICKETS, "text/html; charset=utf-8", huge);

        try (IngestService service = service()) {
            service.start();
            Await.until(() -> sink.articles().size() == 2
                    && sink.rejected().stream().anyMatch(r -> r.reason().equals("too-large")));
        }

        assertThat(huge.length).isGreaterThan(5 * 1024 * 1024);
        assertThat(sink.rejected()).filteredOn(r -> r.reason().equals("too-large"))
                .extracting(Rejected::url).containsExactly(site.url(TICKETS));
    }

    @Test
    void pollingAgainSendsOnlyTheNewReply() throws Exception {
        serve(FEED, "application/rss+xml; charset=utf-8", "forums/xenforo-laocai-rss.xml");
        serve(LANDSLIDE, "text/html; charset=utf-8", "forums/xenforo-laocai-thread.html");

        try (IngestService service = service()) {
            service.start();
            Await.until(() -> sink.articles().size() == 2);
            String later = LocalSite.text("forums/xenforo-laocai-thread.html").replace("BASE", site.url(""))
                    .replace("</div>\n</div>\n</body>", newReply() + "</div>\n</div>\n</body>");
            site.serve(LANDSLIDE, "text/html; charset=utf-8", later);
            site.serve(FEED, "application/rss+xml; charset=utf-8", LocalSite.text("forums/xenforo-laocai-rss.xml")
                    .replace("BASE", site.url("")).replace("<slash:comments>2</slash:comments>",
                            "<slash:comments>3</slash:comments>"));
            Await.until(() -> sink.articles().size() == 3);
        }

        assertThat(sink.articles()).extracting(a -> a.post().postId()).containsExactly("88101", "88107", "88112");
    }

    private String newReply() {
        return """
                <article class="message message--post js-post js-inlineModContainer" data-author="laixe_sapa" data-content="post-88112">
                  <header class="message-attribution"><a href="%spost-88112"><time class="u-dt" datetime="2026-11-21T10:30:00+0700">21/11/26</time></a></header>
                  <article class="message-body js-selectToQuote"><div class="bbWrapper">Đã thông xe hoàn toàn lúc 10 giờ.</div></article>
                </article>
                """.formatted(site.url(LANDSLIDE));
    }
}
