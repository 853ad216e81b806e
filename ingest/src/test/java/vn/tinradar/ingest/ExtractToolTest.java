package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.kafka.Json;

class ExtractToolTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines) {
    }

    private static Run run(String arg) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ExtractTool.run(arg, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return new Run(exit, lines);
    }

    private Path copy(String resource, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, LocalSite.resource(resource));
        return file;
    }

    @Test
    void printsOneFeedItemPerLineFromAFeedFile() throws Exception {
        Run run = run(copy("feeds/baolaocai-rss2-bom.xml", "home.rss").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.lines().subList(0, 4)).allSatisfy(l -> assertThat(l.get("kind").asText()).isEqualTo("feed-item"));
        JsonNode first = run.lines().get(0);
        assertThat(first.get("title").asText()).isEqualTo("Sạt lở đất ở xã Bát Xát, 12 hộ dân phải di dời khẩn cấp");
        assertThat(first.get("published").asText()).isEqualTo("2026-11-22T08:15:00+07:00");
        assertThat(first.get("url").asText()).startsWith("https://baolaocai.vn/").doesNotContain("utm_");
    }

    @Test
    void printsOneSocialPostPerLineFromATelegramPreviewFile() throws Exception {
        Run run = run(copy("social/telegram-tinlaocai-page1.html", "tinlaocai.html").toString());

        assertThat(run.exit()).isZero();
        JsonNode first = run.lines().get(0);
        assertThat(first.get("kind").asText()).isEqualTo("social-post");
        assertThat(first.get("url").asText()).isEqualTo("https://t.me/tinlaocai/1201");
        assertThat(first.get("post").get("platform").asText()).isEqualTo("telegram");
        assertThat(run.lines().get(run.lines().size() - 1).get("reason").asText()).startsWith("post skipped: no date");
    }

    @Test
    void printsAForumThreadPagesPostsAsSocialPosts() throws Exception {
        Run run = run(copy("forums/phpbb-laocai-topic.html", "topic.html").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).extracting(l -> l.get("kind").asText()).containsExactly("social-post", "social-post");
        JsonNode reply = run.lines().get(1);
        assertThat(reply.get("post").get("platform").asText()).isEqualTo("forum");
        assertThat(reply.get("post").get("kind").asText()).isEqualTo("comment");
        assertThat(reply.get("title").asText()).isEqualTo("Xã đã báo huyện, tuần sau có đội về sửa đường ống.");
    }

    @Test
    void reportsAFeedItemWithoutLinkAsAnErrorLineAfterTheItems() throws Exception {
        Run run = run(copy("feeds/baolaocai-rss2-bom.xml", "home.rss").toString());

        JsonNode last = run.lines().get(run.lines().size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("error");
        assertThat(last.get("reason").asText()).isEqualTo("feed item skipped: item has no link");
        assertThat(last.get("title").asText()).isEqualTo("Mục không có đường dẫn");
    }

    @Test
    void resolvesRelativeItemLinksOfAFeedFileAgainstTheChannelLink() throws Exception {
        Path feed = dir.resolve("tin-moi.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Báo Lào Cai - Tin mới</title><link>https://baolaocai.vn/</link>
                <item><title>Bắc Hà mở hội chợ phiên vùng cao</title><link>/bac-ha-mo-hoi-cho-post402001.html</link></item>
                </channel></rss>""", StandardCharsets.UTF_8);

        Run run = run(feed.toString());

        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0).get("url").asText()).isEqualTo("https://baolaocai.vn/bac-ha-mo-hoi-cho-post402001.html");
    }

    @Test
    void reportsRelativeItemLinkOfAFeedFileWhoseChannelHasNoLink() throws Exception {
        Path feed = dir.resolve("khong-link.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Cổng TTĐT xã Bát Xát</title>
                <item><title>Thông báo lịch tiếp công dân tháng 12</title><link>tin-tuc/lich-tiep-cong-dan.html</link></item>
                </channel></rss>""", StandardCharsets.UTF_8);

        Run run = run(feed.toString());

        assertThat(run.lines()).hasSize(1);
        JsonNode error = run.lines().get(0);
        assertThat(error.get("kind").asText()).isEqualTo("error");
        assertThat(error.get("link").asText()).isEqualTo("tin-tuc/lich-tiep-cong-dan.html");
        assertThat(error.get("reason").asText()).contains("relative link and no absolute address");
    }

    @Test
    void printsTheArticleOfAPageFile() throws Exception {
        Run run = run(copy("pages/baolaocai-article.html", "bai.html").toString());

        assertThat(run.exit()).isZero();
        JsonNode article = run.lines().get(0);
        assertThat(article.get("kind").asText()).isEqualTo("article");
        assertThat(article.get("url").asText()).isEqualTo("https://baolaocai.vn/sat-lo-bat-xat-post401234.html");
        assertThat(article.get("title").asText()).isEqualTo("Sạt lở ở Bát Xát, 12 hộ dân phải di dời khẩn cấp");
        assertThat(article.get("published").asText()).isEqualTo("2026-11-22T08:15:00+07:00");
        assertThat(article.get("text").asText()).contains("di dời 12 hộ với 57 nhân khẩu");
    }

    @Test
    void printsSitemapEntries() throws Exception {
        Run run = run(copy("feeds/baolaocai-news-sitemap.xml", "sitemap.xml").toString());

        assertThat(run.lines()).extracting(l -> l.get("kind").asText()).containsOnly("sitemap-entry");
        assertThat(run.lines().get(0).get("title").asText()).isEqualTo("Nông sản Bắc Hà vào siêu thị Hà Nội");
    }

    @Test
    void fetchesAUrlWithTheCrawlersFetcher() throws Exception {
        try (LocalSite site = new LocalSite()) {
            site.serveResource("/rss/home.rss", "application/rss+xml", "feeds/laocai-gov-atom.xml");

            Run run = run(site.url("/rss/home.rss"));

            assertThat(run.exit()).isZero();
            assertThat(run.lines()).hasSize(2);
        }
    }

    @Test
    void missingFileIsNamedAndExitsWithOne() throws Exception {
        Run run = run(dir.resolve("khong-co.xml").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().satisfies(l -> {
            assertThat(l.get("kind").asText()).isEqualTo("error");
            assertThat(l.get("reason").asText()).contains("khong-co.xml");
        });
    }

    @Test
    void brokenFeedIsNamedAndExitsWithOne() throws Exception {
        Path file = dir.resolve("hong.rss");
        Files.writeString(file, "<rss version=\"2.0\"><channel><item><title>Hỏng", StandardCharsets.UTF_8);

        Run run = run(file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines().get(0).get("reason").asText()).contains("hong.rss");
    }

    @Test
    void unreachableUrlIsNamedAndExitsWithOne() throws Exception {
        try (LocalSite site = new LocalSite()) {
            Run run = run(site.url("/khong-ton-tai.rss"));

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.lines().get(0).get("reason").asText()).contains("/khong-ton-tai.rss").contains("gone");
        }
    }
}
