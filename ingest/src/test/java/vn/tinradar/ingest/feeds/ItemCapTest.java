package vn.tinradar.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ItemCapTest {

    private static String item(int n) {
        return "<item><title>Tin số " + n + " về Lào Cai</title><link>https://baolaocai.vn/tin-" + n + ".html</link></item>";
    }

    @Test
    void cutsAnRssFeedAfterTheCapAndClosesTheChannel() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Báo Lào Cai</title>"
                + item(1) + "<!-- </item> --><description><![CDATA[</item>]]></description>" + item(2) + item(3)
                + "</channel></rss>";

        assertThat(ItemCap.firstItems(rss, 2)).endsWith(item(2) + "</channel></rss>").doesNotContain("tin-3");
    }

    @Test
    void cutsAnAtomFeedAfterTheCap() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id></entry><entry><id>2</id></entry></feed>";

        assertThat(ItemCap.firstItems(atom, 1)).isEqualTo("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id></entry></feed>");
    }

    @Test
    void leavesAFeedWithinTheCapAsItIs() {
        String rss = "<rss><channel>" + item(1) + "</channel></rss>";

        assertThat(ItemCap.firstItems(rss, 200)).isEqualTo(rss);
    }

    /** Issue 13: a 20 MB feed was parsed whole (about 100,000 items) before the per-poll cap was applied. */
    @Test
    void aTwentyMegabyteFeedIsReadOnlyUpToTheItemCap() throws Exception {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Báo Lào Cai</title>");
        for (int n = 0; sb.length() < 20_000_000; n++) {
            sb.append(item(n));
        }
        byte[] feed = sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);

        ParsedFeed parsed = FeedParser.parse(feed, "application/rss+xml", "https://baolaocai.vn/rss", 200);

        assertThat(parsed.items()).hasSize(200);
        assertThat(parsed.items().get(199).url()).isEqualTo("https://baolaocai.vn/tin-199.html");
    }
}
