package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinradar.common.event.SocialPost;

/**
 * Reads the real captures of {@code src/test/resources/realsocial/manifest.tsv} (other projects' fixtures, kept
 * outside the repository by its {@code recreate.sh}) and checks each against the values labelled by hand; skipped
 * when {@code TINRADAR_REALSOCIAL} does not name the folder holding them.
 */
class RealSocialCapturesTest {

    private static final Path MANIFEST = Path.of("src/test/resources/realsocial/manifest.tsv");

    /** One manifest row: the file and what a reader counted in it. */
    record Capture(String file, String kind, String origin, int posts, int skipped, int shares, String firstPostId,
                   String firstPublished, String firstAccount, Long firstLikes, String firstTextStarts) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Capture> captures() throws IOException {
        return ManifestRows.of(MANIFEST).map(c -> new Capture(c[0],
                c[1], c[2] + "@" + c[3] + ":" + c[4], Integer.parseInt(c[6]), Integer.parseInt(c[7]),
                Integer.parseInt(c[8]), c[9], c[10], c[11], c[12].equals("-") ? null : Long.valueOf(c[12]), c[13]));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void realCaptureGivesTheLabelledPosts(Capture capture) throws Exception {
        Path file = ManifestRows.captured("TINRADAR_REALSOCIAL", "realsocial", capture.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);

        SocialListing listing = capture.kind().equals("youtube") ? YouTubeFeed.parse(text)
                : TelegramPreview.parse(text, "https://t.me/s/" + capture.firstAccount());

        SocialItem first = listing.posts().get(0);
        System.out.printf("real-social file=%s origin=%s posts=%d skipped=%d shares=%d first=%s%n", capture.file(),
                capture.origin(), listing.posts().size(), listing.skipped().size(), shares(listing), first.url());
        assertThat(listing.posts()).hasSize(capture.posts());
        assertThat(listing.skipped()).hasSize(capture.skipped());
        assertThat(shares(listing)).isEqualTo(capture.shares());
        assertThat(first.post().postId()).isEqualTo(capture.firstPostId());
        assertThat(first.post().account()).isEqualTo(capture.firstAccount());
        assertThat(first.published().toInstant()).hasToString(capture.firstPublished());
        // the text after the first line: markup line breaks are spaces, only <br> ends the title
        assertThat(first.text()).startsWith(capture.firstTextStarts());
        assertThat(first.engagement() == null ? null : first.engagement().like()).isEqualTo(capture.firstLikes());
    }

    private static long shares(SocialListing listing) {
        return listing.posts().stream().filter(p -> p.post().kind().equals(SocialPost.SHARE)).count();
    }
}
