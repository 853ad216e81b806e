package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.source.Selectors;

/**
 * The takedown notice check on pages nobody here wrote, when their folders are present: real Vietnamese press
 * articles ({@code TINRADAR_REALPAGES}, built by {@code realpages/recreate.sh}) must not read as removal notices,
 * and real Vietnamese not-found pages ({@code TINRADAR_NOTFOUND_PAGES}, listed in
 * {@code realpages/notfound-manifest.tsv}) should. Skipped without them; figures in docs/quality.md.
 */
class TakedownOnRealPagesTest {

    @Test
    void realPressArticlesAreNotTakenForRemovalNotices() throws IOException {
        List<String> flagged = new ArrayList<>();
        List<Path> pages = html(folder("TINRADAR_REALPAGES"));
        for (Path page : pages) {
            notice(page).ifPresent(reason -> flagged.add(page.getFileName() + " " + reason));
        }
        System.out.printf("takedown-notice on real press articles: %d of %d flagged %s%n", flagged.size(),
                pages.size(), flagged);
        assertThat(pages).isNotEmpty();
        assertThat(flagged).isEmpty();
    }

    @Test
    void realNotFoundPagesReadAsRemovalNotices() throws IOException {
        Path dir = folder("TINRADAR_NOTFOUND_PAGES");
        List<String> missed = new ArrayList<>();
        List<String> rows = Files.readAllLines(Path.of("src/test/resources/realpages/notfound-manifest.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("file\t")).toList();
        for (String row : rows) {
            String file = row.split("\t")[0];
            Optional<String> reason = notice(dir.resolve(file));
            System.out.printf("takedown-notice %s: %s%n", file, reason.orElse("not detected"));
            if (reason.isEmpty()) {
                missed.add(file);
            }
        }
        System.out.printf("takedown-notice on real not-found pages: %d of %d detected, missed %s%n",
                rows.size() - missed.size(), rows.size(), missed);
        assertThat(rows).isNotEmpty();
        // every page the manifest labels a takedown must be found; a miss names its file
        assertThat(missed).isEmpty();
    }

    private static Optional<String> notice(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        ExtractedPage extracted = ArticleExtractor.extract(html, "https://example.vn/" + page.getFileName(),
                Selectors.NONE);
        return Takedown.byNotice(extracted.title(), extracted.text());
    }

    private static Path folder(String variable) {
        String dir = System.getenv(variable);
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), variable + " not set to a folder of real pages; skipped");
        return Path.of(dir);
    }

    private static List<Path> html(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
