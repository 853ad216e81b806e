package vn.tinradar.alerts.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Severity;

class AtomFeedTest {

    @Test
    void feedParsesBackAsAtomWithOneEntryPerAlert() throws Exception {
        String xml = AtomFeed.write(List.of(Fixtures.alert("topic-burst-abc", Severity.URGENT, 2),
                Fixtures.alert("story-spread-def", Severity.WARNING, 1)), "http://localhost:8080/");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(2);
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo("[Khẩn] Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Bảo Hà");
        assertThat(first.getUri()).isEqualTo("urn:tinradar:alert:topic-burst-abc");
        assertThat(first.getLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("related");
            assertThat(l.getHref()).isEqualTo("https://baolaocai.vn/bao-lao-cai-1.html");
        });
        assertThat(first.getDescription().getValue()).contains("Vì sao cảnh báo").contains("mức nền 1,5 bài");
        assertThat(xml).contains("<id>urn:tinradar:alerts</id>").contains("<updated>");
    }

    @Test
    void anArticleWhoseAddressIsNotHttpIsListedButNeverLinked() throws Exception {
        vn.tinradar.common.event.Alert base = Fixtures.alert("story-spread-js", Severity.WARNING, 1);
        vn.tinradar.common.event.ArticleRef hostile = new vn.tinradar.common.event.ArticleRef("x1",
                "Tin giả về đập thủy điện Bát Xát", "javascript:alert(document.cookie)", "tin-nong-24h.net", null, null);
        vn.tinradar.common.event.Alert alert = new vn.tinradar.common.event.Alert(base.v(), base.id(), base.rule(),
                base.severity(), base.status(), base.title(), base.summary(), base.suggestedAction(), base.signals(),
                List.of(hostile), base.storyId(), base.topic(), base.place(), base.firstSeen(), base.lastSeen(),
                base.updatedAt(), base.revision(), base.ackBy(), base.ackAt());

        String xml = AtomFeed.write(List.of(alert), "http://localhost:8080/");

        assertThat(xml).doesNotContain("javascript:");
        assertThat(new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0).getDescription().getValue())
                .contains("Tin giả về đập thủy điện Bát Xát");
    }

    @Test
    void emptyFeedIsStillValidAtom() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(AtomFeed.write(List.of(), "http://localhost:8080")));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("TinRadar");
        assertThat(feed.getTitle()).isEqualTo("TinRadar – Cảnh báo thông tin");
    }
}
