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
    void emptyFeedIsStillValidAtom() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(AtomFeed.write(List.of(), "http://localhost:8080")));
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("TinRadar");
        assertThat(feed.getTitle()).isEqualTo("TinRadar – Cảnh báo thông tin");
    }
}
