package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.Await;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;

/**
 * Readers' comments under an outlet's articles, collected by the crawler's own path against a local server when the
 * source says where they are. The schema.org fixture follows the {@code Comment} type of schema.org (text,
 * dateCreated, upvoteCount, nested comment); the VnExpress answer follows the shape public VnExpress comment tools
 * read from {@code usi-saas.vnexpress.net/index/get} ({@code error}, {@code data.items[].comment_id}, {@code content},
 * {@code creation_time}, {@code userlike}, {@code replys.items}); both written for the project, no real capture of
 * either was found (docs/quality.md).
 */
class CommentsConnectorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    private static final String ARTICLE = "/thoi-su/sat-lo-chia-cat-quoc-lo-4d-qua-sa-pa-4812345.html";
    private static final String ENDPOINT = "/index/get";
    private final LocalSite site = new LocalSite();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        site.close();
    }

    private IngestService service(String comments) {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                sources:
                  - id: baolaocai
                    name: Báo Lào Cai
                    tier: provincial-press
                    province-only: true
                    allow-private-network: true
                    poll: {min-interval-seconds: 1, max-interval-seconds: 1}
                    feeds:
                      - {url: "%s", kind: rss}
                    comments: %s
                """.formatted(site.url("/rss/thoi-su.rss"), comments));
        return new IngestService(TestConfigs.fast(), registry, sink, new MemoryStateStore(), new SimpleMeterRegistry(),
                CLOCK);
    }

    private void serveArticle() {
        site.serve("/rss/thoi-su.rss", "application/rss+xml; charset=utf-8",
                LocalSite.text("comments/rss-one-article.xml").replace("BASE", site.url("")));
        site.serve(ARTICLE, "text/html; charset=utf-8",
                LocalSite.text("comments/article-with-schemaorg-comments.html").replace("BASE", site.url("")));
    }

    private List<Article> comments() {
        return sink.articles().stream().filter(a -> a.post() != null).toList();
    }

    @Test
    void schemaOrgCommentsInThePageBecomeCommentsAttachedToTheArticle() throws Exception {
        serveArticle();

        try (IngestService service = service("{format: schema-org}")) {
            service.start();
            Await.until(() -> comments().size() == 2 && !sink.rejected().isEmpty());
        }

        Article first = comments().get(0);
        assertThat(first.title()).isEqualTo("Đoạn này năm nào mùa mưa cũng sạt, mong tỉnh sớm làm kè chắn.");
        assertThat(first.post()).isEqualTo(new SocialPost("web", "127.0.0.1", "Báo Lào Cai",
                site.url(ARTICLE) + "#binh-luan-9001", SocialPost.COMMENT, site.url(ARTICLE)));
        assertThat(first.engagement()).isEqualTo(new Engagement(27L, null, null));
        assertThat(first.tier()).isEqualTo(SourceTier.FORUM_SOCIAL);
        assertThat(comments().get(1).post().parentUrl()).as("a reply stays attached to the article")
                .isEqualTo(site.url(ARTICLE));
        assertThat(sink.articles()).filteredOn(a -> a.post() == null).extracting(Article::tier)
                .containsExactly(SourceTier.PROVINCIAL_PRESS);
    }

    @Test
    void commenterNamesAreNotKeptAnywhere() throws Exception {
        serveArticle();

        try (IngestService service = service("{format: schema-org}")) {
            service.start();
            Await.until(() -> comments().size() == 2);
        }

        assertThat(comments()).allSatisfy(c -> assertThat(c.toString()).doesNotContain("Nguyễn Văn A")
                .doesNotContain("Trần Thị B"));
    }

    @Test
    void commentWithoutATimeIsADeadLetterNamingTheArticle() throws Exception {
        serveArticle();

        try (IngestService service = service("{format: schema-org}")) {
            service.start();
            Await.until(() -> comments().size() == 2 && !sink.rejected().isEmpty());
        }

        Rejected rejected = sink.rejected().get(0);
        assertThat(rejected.reason()).isEqualTo("unusable-post");
        assertThat(rejected.url()).isEqualTo(site.url(ARTICLE));
        assertThat(rejected.detail()).contains("without a readable time").contains("binh-luan-9002");
    }

    @Test
    void vnExpressEndpointIsAskedOnceWithTheArticlesNumber() throws Exception {
        serveArticle();
        site.serve(ENDPOINT, "application/json; charset=utf-8", LocalSite.text("comments/vnexpress-comments.json"));

        try (IngestService service = service("{format: vnexpress-json, url: \"" + site.url(ENDPOINT)
                + "?objectid={article-id}&objecttype=1&siteid=1000000\"}")) {
            service.start();
            Await.until(() -> comments().size() == 2 && !sink.rejected().isEmpty());
        }

        assertThat(site.requests()).containsOnlyOnce("GET " + ENDPOINT + "?objectid=4812345&objecttype=1&siteid=1000000");
        Article top = comments().get(0);
        assertThat(top.post()).isEqualTo(new SocialPost("web", "127.0.0.1", "Báo Lào Cai", "51234001",
                SocialPost.COMMENT, site.url(ARTICLE)));
        assertThat(top.url()).isEqualTo(site.url(ARTICLE) + "#comment-51234001");
        assertThat(top.engagement()).isEqualTo(new Engagement(152L, null, null));
        assertThat(top.published().toInstant()).hasToString("2026-11-21T06:10:00Z");
        assertThat(comments().get(1).post().postId()).isEqualTo("51234017");
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.detail()).contains("without text"));
    }

    @Test
    void commentEndpointThatAnswersNoJsonIsADeadLetterAndTheArticleIsKept() throws Exception {
        serveArticle();
        site.serve(ENDPOINT, "text/html; charset=utf-8", "<html><body>Bảo trì hệ thống</body></html>");

        try (IngestService service = service("{format: vnexpress-json, url: \"" + site.url(ENDPOINT)
                + "?objectid={article-id}\"}")) {
            service.start();
            Await.until(() -> !sink.articles().isEmpty() && !sink.rejected().isEmpty());
        }

        Rejected rejected = sink.rejected().get(0);
        assertThat(rejected.reason()).isEqualTo("unparseable-comments");
        assertThat(rejected.url()).isEqualTo(site.url(ENDPOINT) + "?objectid=4812345");
        assertThat(rejected.detail()).contains("did not answer JSON");
        assertThat(sink.articles()).extracting(Article::url).containsExactly(site.url(ARTICLE));
    }
}
