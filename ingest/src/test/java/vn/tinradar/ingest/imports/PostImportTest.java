package vn.tinradar.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.imports.ImportReport.RefusedLine;

/** Import files as staff bring them: TinRadar's own JSON lines, a social-listening CSV export, broken lines. */
class PostImportTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    private final MemorySink sink = new MemorySink();
    private final PostImport importer = new PostImport(sink, "other", NOW, Duration.ofMinutes(10));

    private ImportReport read(String name, String content) {
        return importer.read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinePostCarriesPlatformPageAndEngagement() {
        ImportReport report = read("bai-dang.jsonl", """
                {"platform":"facebook","account":"baolaocai","account_name":"Báo Lào Cai","url":"https://www.facebook.com/baolaocai/posts/1029384756","text":"Sạt lở taluy dương trên quốc lộ 4D đoạn qua xã Bản Xèo\\nLực lượng chức năng đang khắc phục, dự kiến thông xe trong chiều nay.","published":"2026-11-30T08:15:00+07:00","likes":412,"comments":57,"shares":23}
                """);

        assertThat(report.sent()).isEqualTo(1);
        Article post = sink.articles().get(0);
        assertThat(post.title()).isEqualTo("Sạt lở taluy dương trên quốc lộ 4D đoạn qua xã Bản Xèo");
        assertThat(post.text()).isEqualTo("Lực lượng chức năng đang khắc phục, dự kiến thông xe trong chiều nay.");
        assertThat(post.tier()).isEqualTo(SourceTier.FORUM_SOCIAL);
        assertThat(post.sourceId()).isEqualTo("social:facebook:baolaocai");
        assertThat(post.sourceName()).isEqualTo("Báo Lào Cai (facebook)");
        assertThat(post.post()).isEqualTo(new SocialPost("facebook", "baolaocai", "Báo Lào Cai", null, "post", null));
        assertThat(post.engagement().total()).isEqualTo(412 + 57 + 23);
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2026-11-30T08:15:00+07:00"));
        assertThat(post.dateSource()).isEqualTo("import");
    }

    @Test
    void socialListeningCsvExportIsReadByItsOwnColumnNames() {
        // the column layout of a common social-listening export; "Link" is the page a post shared, not the post
        ImportReport report = read("export.csv", """
                "Page Name","User Name","Facebook Id","Page Category","Post Created","Type","Link","Message","URL","Likes","Comments","Shares"
                "Tin nóng Tây Bắc","tinnongtaybac","100064","NEWS_SITE","2026-11-30 21:40:11 ICT","Link","https://tin-vo-danh.example/dap-vo","Nóng: đập thủy điện ở Bát Xát bị vỡ, nước tràn về thành phố!!!","https://www.facebook.com/tinnongtaybac/posts/555","1,204","389","2,051"
                """);

        assertThat(report.refused()).isEmpty();
        Article post = sink.articles().get(0);
        assertThat(post.url()).isEqualTo("https://facebook.com/tinnongtaybac/posts/555");
        assertThat(post.post().account()).isEqualTo("tinnongtaybac");
        assertThat(post.post().accountName()).isEqualTo("Tin nóng Tây Bắc");
        assertThat(post.engagement().share()).isEqualTo(2051L);
        assertThat(post.published()).isEqualTo(OffsetDateTime.parse("2026-11-30T21:40:11+07:00"));
    }

    @Test
    void brokenLineIsRefusedByNumberAndTheOthersAreSent() {
        ImportReport report = read("ba-dong.jsonl", """
                {"url":"https://t.me/s/tinlaocai/101","text":"Mưa lớn gây ngập cục bộ tại phường Cốc Lếu","published":"2026-11-30 07:00"}
                {"url":"https://t.me/s/tinlaocai/102","text":"Dòng này bị cắt giữa chừng
                {"url":"https://t.me/s/tinlaocai/103","text":"Nước đã rút, giao thông trở lại bình thường","published":"2026-11-30 11:30"}
                """);

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.refused()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("unreadable");
        });
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo("ba-dong.jsonl:2");
            assertThat(r.stage()).isEqualTo("import");
        });
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.post().platform()).isEqualTo("telegram"));
    }

    @Test
    void eachRefusedLineSaysWhatIsMissingOrWrong() {
        ImportReport report = read("loi.csv", """
                url,text,published,likes
                ,Không có địa chỉ bài,2026-11-30 08:00,1
                https://www.facebook.com/a/posts/1,,2026-11-30 08:00,1
                https://www.facebook.com/a/posts/2,Không có thời gian,,1
                https://www.facebook.com/a/posts/3,Thời gian sai,hôm qua,1
                https://www.facebook.com/a/posts/4,Đăng từ tương lai,2027-01-01 08:00,1
                https://www.facebook.com/a/posts/5,Số lượt thích sai,2026-11-30 08:00,nhiều
                """);

        assertThat(report.sent()).isZero();
        assertThat(report.refused()).extracting(RefusedLine::line, RefusedLine::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "no-url"), org.assertj.core.groups.Tuple.tuple(3L, "no-text"),
                org.assertj.core.groups.Tuple.tuple(4L, "no-date"), org.assertj.core.groups.Tuple.tuple(5L, "bad-date"),
                org.assertj.core.groups.Tuple.tuple(6L, "future-date"),
                org.assertj.core.groups.Tuple.tuple(7L, "bad-count"));
    }

    @Test
    void quotedMessageOverSeveralLinesKeepsTheNextRowsLineNumber() {
        ImportReport report = read("nhieu-dong.csv", """
                url;text;published
                https://www.facebook.com/a/posts/1;"Dòng đầu
                dòng hai
                dòng ba";2026-11-30 08:00
                https://www.facebook.com/a/posts/2;Thiếu thời gian;
                """);

        assertThat(report.sent()).isEqualTo(1);
        assertThat(sink.articles().get(0).text()).isEqualTo("dòng hai\ndòng ba");
        assertThat(report.refused()).singleElement().extracting(RefusedLine::line).isEqualTo(5L);
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWhole() {
        byte[] windows1258 = {'u', 'r', 'l', ',', 't', 'e', 'x', 't', '\n', 'x', ',', (byte) 0xD0, (byte) 0xE0};

        ImportReport report = importer.read("cu.csv", windows1258);

        assertThat(report.fileError()).contains("UTF-8");
        assertThat(sink.articles()).isEmpty();
    }

    @Test
    void csvWithoutAnyKnownColumnIsRefusedWhole() {
        ImportReport report = read("bang-tinh.csv", "Cột A,Cột B\n1,2\n");

        assertThat(report.fileError()).contains("no column TinRadar reads");
    }

    @Test
    void researchSetWithoutPermalinksIsRefusedLineByLine() {
        // the layout of a public research set of social posts: no permalink, so nothing can be linked or re-checked
        ImportReport report = read("nghien-cuu.csv", """
                id,user_name,post_message,timestamp_post,num_like_post,num_comment_post,num_share_post,label
                1,7a1f,Thông tin về vụ cháy rừng được lan truyền,1606780800,19,4,2,0
                """);

        assertThat(report.refused()).singleElement().extracting(RefusedLine::reason).isEqualTo("no-url");
    }

    @Test
    void commentNamesThePostItAnswers() {
        read("binh-luan.jsonl", """
                {"url":"https://www.facebook.com/a/posts/9?comment_id=77","parent_url":"https://www.facebook.com/a/posts/9","text":"Đề nghị cơ quan chức năng xác minh","published":1764480000}
                """);

        SocialPost post = sink.articles().get(0).post();
        assertThat(post.kind()).isEqualTo(SocialPost.COMMENT);
        assertThat(post.parentUrl()).isEqualTo("https://facebook.com/a/posts/9");
    }
}
