package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.feeds.ParsedFeed;
import vn.tinradar.ingest.text.ContentDecoder;

/**
 * Reads the real thread pages of {@code src/test/resources/realforums/manifest.tsv} (other projects' fixtures, kept
 * outside the repository by its {@code recreate.sh}) and checks each against the values counted by hand; skipped
 * when {@code TINRADAR_REALFORUMS} does not name the folder holding them.
 */
class RealForumCapturesTest {

    private static final Path MANIFEST = Path.of("src/test/resources/realforums/manifest.tsv");
    private static final Path FEEDS = Path.of("src/test/resources/realforums/feeds.tsv");
    private static final Pattern PHPBB_TOPIC = Pattern.compile("[?&]t=(\\d+)");

    /** One manifest row: the page, where it was, and what a reader counted in it. */
    record Capture(String file, String layout, String origin, String pageUrl, int posts, int skipped, int comments,
                   String firstPostId, String firstPublished, String firstAccount, String firstTitleStarts,
                   String quotedPost, String quotedWords) {

        @Override
        public String toString() {
            return file;
        }
    }

    /** One feeds row: the feed, where it was, and what a reader counted in it. */
    record FeedCapture(String file, String origin, String feedUrl, int items, int threads, String firstUrl,
                       String firstUpdated) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<FeedCapture> feeds() throws IOException {
        return ManifestRows.of(FEEDS).map(c -> new FeedCapture(c[0], c[2] + "@" + c[3] + ":" + c[4], c[6],
                Integer.parseInt(c[7]), Integer.parseInt(c[8]), c[9], c[10]));
    }

    static Stream<Capture> captures() throws IOException {
        return ManifestRows.of(MANIFEST).map(c -> new Capture(c[0],
                c[1], c[2] + "@" + c[3] + ":" + c[4], c[6], Integer.parseInt(c[7]), Integer.parseInt(c[8]),
                Integer.parseInt(c[9]), c[10], c[11], c[12], c[13], c[14], c[15]));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void realThreadPageGivesTheCountedPosts(Capture capture) throws Exception {
        Path file = ManifestRows.captured("TINRADAR_REALFORUMS", "realforums", capture.file());
        // decoded as the crawler decodes a page whose server sent no charset: the page's own declaration
        String html = ContentDecoder.decode(Files.readAllBytes(file), null).text();

        SocialListing thread = ForumThread.parse(html, capture.pageUrl());

        SocialItem first = thread.posts().get(0);
        long comments = thread.posts().stream().filter(p -> p.post().kind().equals(SocialPost.COMMENT)).count();
        System.out.printf("real-forum file=%s layout=%s origin=%s posts=%d skipped=%d comments=%d first=%s%n",
                capture.file(), capture.layout(), capture.origin(), thread.posts().size(), thread.skipped().size(),
                comments, first.url());
        assertThat(thread.posts()).hasSize(capture.posts());
        assertThat(thread.skipped()).hasSize(capture.skipped());
        assertThat(comments).isEqualTo(capture.comments());
        assertThat(first.post().postId()).isEqualTo(capture.firstPostId());
        assertThat(first.post().account()).isEqualTo(capture.firstAccount());
        assertThat(first.published().toInstant()).hasToString(capture.firstPublished());
        assertThat(first.title()).startsWith(capture.firstTitleStarts());
        if (!capture.quotedPost().equals("-")) {
            SocialItem reply = thread.posts().stream().filter(p -> p.post().postId().equals(capture.quotedPost()))
                    .findFirst().orElseThrow();
            assertThat(reply.title() + "\n" + reply.text()).doesNotContain(capture.quotedWords());
        }
    }

    /** The feed is read as the {@code forum} feed kind reads it: the crawler's own feed parser, each item a link. */
    @ParameterizedTest
    @MethodSource("feeds")
    void realForumFeedListsTheCountedPosts(FeedCapture capture) throws Exception {
        Path file = ManifestRows.captured("TINRADAR_REALFORUMS", "realforums", capture.file());

        ParsedFeed feed = FeedParser.parse(Files.readAllBytes(file), null, capture.feedUrl());

        FeedItem first = feed.items().get(0);
        long threads = feed.items().stream().map(i -> PHPBB_TOPIC.matcher(i.url()))
                .map(m -> m.find() ? m.group(1) : "?").distinct().count();
        System.out.printf("real-forum-feed file=%s origin=%s items=%d threads=%d unusable=%d first=%s%n",
                capture.file(), capture.origin(), feed.items().size(), threads, feed.unusable().size(), first.url());
        assertThat(feed.items()).hasSize(capture.items());
        assertThat(feed.unusable()).isEmpty();
        assertThat(threads).isEqualTo(capture.threads());
        assertThat(first.url()).isEqualTo(capture.firstUrl());
        OffsetDateTime when = first.published() != null ? first.published() : first.updated();
        assertThat(when.toInstant()).hasToString(capture.firstUpdated());
    }
}
