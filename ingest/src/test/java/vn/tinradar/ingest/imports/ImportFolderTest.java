package vn.tinradar.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.ArticleSink;
import vn.tinradar.ingest.crawl.SinkException;

/** The watched folder on a real file system: when a file is read, where it goes, and what stays for later. */
class ImportFolderTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
    private static final String TWO_POSTS = """
            {"url":"https://www.facebook.com/baolaocai/posts/1","text":"Khánh thành cầu Bản Vược nối hai bờ sông Hồng","published":"2026-11-30 08:00"}
            {"url":"https://www.facebook.com/baolaocai/posts/2","text":"Lào Cai đón 1 triệu lượt khách du lịch","published":"2026-11-30 09:00"}
            """;

    @TempDir
    Path folder;

    private ImportFolder watching(ArticleSink sink, long maxBytes) {
        return new ImportFolder(new IngestConfig.Imports(folder.toString(), 1, maxBytes, "other"),
                new PostImport(sink, "other", NOW, Duration.ofMinutes(10)), new SimpleMeterRegistry());
    }

    @Test
    void fileIsReadOnlyOnceItStoppedGrowing() throws Exception {
        MemorySink sink = new MemorySink();
        ImportFolder imports = watching(sink, 1_000_000);
        Files.writeString(folder.resolve("tuan-48.jsonl"), TWO_POSTS);

        imports.look();
        assertThat(sink.articles()).isEmpty();
        imports.look();

        assertThat(sink.articles()).hasSize(2);
        assertThat(folder.resolve("tuan-48.jsonl")).doesNotExist();
        assertThat(folder.resolve("imported/tuan-48.jsonl")).exists();
        assertThat(Files.readString(folder.resolve("imported/tuan-48.jsonl.report.txt")))
                .contains("Đã nhập: 2 bài đăng").contains("Dòng bị từ chối: 0");
    }

    @Test
    void fileStillBeingCopiedIsLeftForTheNextLook() throws Exception {
        MemorySink sink = new MemorySink();
        ImportFolder imports = watching(sink, 1_000_000);
        Path file = folder.resolve("dang-chep.jsonl");
        Files.writeString(file, TWO_POSTS.lines().findFirst().orElseThrow() + "\n");

        imports.look();
        Files.writeString(file, TWO_POSTS);
        imports.look();

        assertThat(sink.articles()).isEmpty();
        imports.look();
        assertThat(sink.articles()).hasSize(2);
    }

    @Test
    void oversizeFileIsRefusedWholeWithItsReport() throws Exception {
        MemorySink sink = new MemorySink();
        ImportFolder imports = watching(sink, 100);
        Files.writeString(folder.resolve("qua-lon.jsonl"), TWO_POSTS);

        imports.look();
        imports.look();

        assertThat(sink.articles()).isEmpty();
        assertThat(Files.readString(folder.resolve("refused/qua-lon.jsonl.report.txt"), StandardCharsets.UTF_8))
                .contains("max-file-bytes");
    }

    @Test
    void fileWhosePostsCouldNotBeStoredStaysForALaterLook() throws Exception {
        ArticleSink down = new ArticleSink() {
            @Override
            public void emit(Article article) {
                throw new SinkException("article " + article.id() + " not stored: broker unreachable", null);
            }

            @Override
            public void reject(Rejected rejected) {
            }

            @Override
            public void status(SourceStatus status) {
            }

            @Override
            public void close() {
            }
        };
        ImportFolder imports = watching(down, 1_000_000);
        Files.writeString(folder.resolve("cho.jsonl"), TWO_POSTS);

        imports.look();
        imports.look();

        assertThat(folder.resolve("cho.jsonl")).exists();
        MemorySink up = new MemorySink();
        ImportFolder again = watching(up, 1_000_000);
        again.look();
        again.look();
        assertThat(up.articles()).hasSize(2);
    }

    @Test
    void secondFileOfTheSameNameDoesNotOverwriteTheFirst() throws Exception {
        MemorySink sink = new MemorySink();
        ImportFolder imports = watching(sink, 1_000_000);
        for (int i = 0; i < 2; i++) {
            Files.writeString(folder.resolve("xuat.jsonl"), TWO_POSTS);
            imports.look();
            imports.look();
        }

        assertThat(folder.resolve("imported/xuat.jsonl")).exists();
        assertThat(folder.resolve("imported/xuat-2.jsonl")).exists();
    }
}
