package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinradar.ingest.text.ContentDecoder;

/**
 * Reads the real article pages of {@code src/test/resources/realcomments/manifest.tsv} (other projects' fixtures,
 * kept outside the repository by its {@code recreate.sh}) and checks their readers' comments against the values
 * counted by hand; skipped when {@code TINRADAR_REALCOMMENTS} does not name the folder holding them.
 */
class RealCommentCapturesTest {

    private static final Path MANIFEST = Path.of("src/test/resources/realcomments/manifest.tsv");

    /** One manifest row: the page, where it was, and what a reader counted in it. */
    record Capture(String file, String origin, String pageUrl, int comments, int skipped, String firstId,
                   String firstPublished, String firstTextStarts, String firstLikes) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Capture> captures() throws IOException {
        return ManifestRows.of(MANIFEST).map(c -> new Capture(c[0], c[2] + "@" + c[3] + ":" + c[4], c[7],
                Integer.parseInt(c[9]), Integer.parseInt(c[10]), c[11], c[12], c[13], c[14]));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void realArticlePageGivesTheCountedComments(Capture capture) throws Exception {
        Path file = ManifestRows.captured("TINRADAR_REALCOMMENTS", "realcomments", capture.file());
        // decoded as the crawler decodes a page whose server sent no charset: the page's own declaration
        String html = ContentDecoder.decode(Files.readAllBytes(file), null).text();

        SocialListing listing = SchemaOrgComments.parse(html, capture.pageUrl(), "outlet");

        System.out.printf("real-comments file=%s origin=%s comments=%d skipped=%d first=%s%n", capture.file(),
                capture.origin(), listing.posts().size(), listing.skipped().size(),
                listing.posts().isEmpty() ? "-" : listing.posts().get(0).url());
        assertThat(listing.posts()).hasSize(capture.comments());
        assertThat(listing.skipped()).hasSize(capture.skipped());
        if (capture.comments() == 0) {
            return;
        }
        SocialItem first = listing.posts().get(0);
        if (capture.firstId().endsWith("*")) {
            assertThat(first.post().postId()).startsWith(capture.firstId().replace("*", ""));
        } else {
            assertThat(first.post().postId()).isEqualTo(capture.firstId());
        }
        assertThat(first.published().toInstant()).hasToString(capture.firstPublished());
        assertThat(first.title()).startsWith(capture.firstTextStarts());
        if (capture.firstLikes().equals("-")) {
            assertThat(first.engagement()).isNull();
        } else {
            assertThat(first.engagement().like()).isEqualTo(Long.parseLong(capture.firstLikes()));
        }
        assertThat(listing.posts()).allSatisfy(p -> assertThat(p.post().parentUrl()).isEqualTo(capture.pageUrl()));
    }
}
