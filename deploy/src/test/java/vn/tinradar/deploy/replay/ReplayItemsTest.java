package vn.tinradar.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

class ReplayItemsTest {

    @TempDir
    Path dir;

    @Test
    void dumpLinesComeOutOldestFirstWithTheirSourceFromTheLink() throws Exception {
        Path dump = write("dump.jsonl", """
                {"id":"b","title":"Lũ quét ở xã Trạm Tấu","text":"Mưa lớn gây lũ quét.","url":"https://www.vnexpress.net/lu-quet.html","published":"2026-02-03T09:00:00+07:00"}
                {"id":"a","title":"Khai mạc chợ phiên Bắc Hà","text":"Chợ phiên mở cửa.","url":"https://baolaocai.vn/cho-phien.html","source":"baolaocai","tier":"provincial-press","published":"2026-02-02T08:00:00+07:00"}
                """);

        ReplayItems.Loaded loaded = ReplayItems.load(dump, SourceTier.NATIONAL_PRESS);

        assertThat(loaded.articles()).extracting(Article::id).containsExactly("a", "b");
        Article flood = loaded.articles().get(1);
        assertThat(flood.sourceId()).isEqualTo("vnexpress.net");
        assertThat(flood.tier()).isEqualTo(SourceTier.NATIONAL_PRESS);
        assertThat(flood.fetchedAt()).isEqualTo(flood.published().toInstant());
        assertThat(flood.contentHash()).isNotBlank();
        assertThat(loaded.articles().get(0).tier()).isEqualTo(SourceTier.PROVINCIAL_PRESS);
        assertThat(loaded.rejected()).isEmpty();
    }

    @Test
    void anUndatedOrBrokenLineIsListedWithItsLineNumberAndTheRestIsKept() throws Exception {
        Path dump = write("dump.jsonl", """
                {"id":"a","title":"Sạt lở ở xã Mường Hum","text":"Đất đá vùi lấp đường.","published":"2026-02-02T08:00:00+07:00"}
                {"id":"b","title":"Tin không ngày","text":"Không có ngày đăng."}
                {"id":"c", "title": 
                {"id":"a","title":"Sạt lở ở xã Mường Hum","text":"Đất đá vùi lấp đường.","published":"2026-02-02T08:00:00+07:00"}
                """);

        ReplayItems.Loaded loaded = ReplayItems.load(dump, SourceTier.NATIONAL_PRESS);

        assertThat(loaded.articles()).extracting(Article::id).containsExactly("a");
        assertThat(loaded.rejected()).hasSize(2);
        assertThat(loaded.rejected().get(0)).startsWith("dump.jsonl line 2: no publication date");
        assertThat(loaded.rejected().get(1)).startsWith("dump.jsonl line 3:");
    }

    @Test
    void aFolderOfSavedFeedsGivesItsDatedItemsAndNamesTheFileThatIsNotAFeed() throws Exception {
        write("vnexpress-thoi-su.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Thời sự - VnExpress</title><link>https://vnexpress.net/thoi-su</link>
                <item><title>Không khí lạnh tràn về miền Bắc</title><link>https://vnexpress.net/khong-khi-lanh-1.html</link>
                <description>Nhiệt độ vùng núi Lào Cai xuống dưới 5 độ C.</description>
                <pubDate>Mon, 02 Feb 2026 07:30:00 +0700</pubDate></item>
                <item><title>Bản tin không ngày</title><link>https://vnexpress.net/khong-ngay-2.html</link></item>
                </channel></rss>
                """);
        write("ghi-chu.xml", "đây không phải một nguồn tin");

        ReplayItems.Loaded loaded = ReplayItems.load(dir, SourceTier.NATIONAL_PRESS);

        assertThat(loaded.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Không khí lạnh tràn về miền Bắc");
            assertThat(a.sourceId()).isEqualTo("vnexpress.net");
            assertThat(a.published().toInstant()).hasToString("2026-02-02T00:30:00Z");
        });
        assertThat(loaded.rejected()).anyMatch(r -> r.startsWith("ghi-chu.xml: not a readable feed"));
        assertThat(loaded.rejected()).anyMatch(r -> r.startsWith("vnexpress-thoi-su.rss item 2: no publication date"));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
