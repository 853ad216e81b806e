package vn.tinradar.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NestingDepthTest {

    @Test
    void countsOpenElementsButNotCommentsCdataOrSelfClosingTags() {
        String rss = "<?xml version=\"1.0\"?><rss><channel><item><!-- <a><a><a> --><description><![CDATA[<b><b><b>]]>"
                + "</description><enclosure url=\"x.jpg\"/><br/></item></channel></rss>";

        assertThat(NestingDepth.exceeds(rss, 4)).isFalse();
        assertThat(NestingDepth.exceeds(rss, 3)).isTrue();
    }

    /** Found by the fuzz run (issue 13): 10,000 nested elements overflowed the stack inside ROME and killed the poll. */
    @Test
    void aFeedNestedTenThousandDeepIsRefusedWithAReason() {
        String feed = "<rss version=\"2.0\"><channel><item><link>https://baolaocai.vn/a.html</link><description>"
                + "<a>".repeat(10_000) + "x" + "</a>".repeat(10_000) + "</description></item></channel></rss>";

        assertThatThrownBy(() -> FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                "https://baolaocai.vn/rss")).isInstanceOf(FeedParseException.class).hasMessageContaining("nested deeper");
    }
}
