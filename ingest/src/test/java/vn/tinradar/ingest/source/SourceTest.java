package vn.tinradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceTier;

class SourceTest {

    private static Source demo(boolean allowPrivate) {
        return new Source("baolaocai-demo", "Báo Lào Cai (demo)", "http://127.0.0.1:18081/", SourceTier.PROVINCIAL_PRESS,
                true, allowPrivate, 0, 0, List.of(new Feed("baolaocai-demo", "http://Demo.Local:18081/rss/home.rss", FeedKind.RSS),
                        new Feed("baolaocai-demo", "http://127.0.0.1:18081/sitemap.xml", FeedKind.SITEMAP)), null);
    }

    /** Issue 13: allow-private-network opened every address to the source's links, not only its own hosts. */
    @Test
    void mayReachPrivatelyOnlyTheHostsOfItsFeedsAndHome() {
        assertThat(demo(true).privateHosts()).containsExactlyInAnyOrder("127.0.0.1", "demo.local");
    }

    @Test
    void mayReachNothingPrivatelyWithoutThePermission() {
        assertThat(demo(false).privateHosts()).isEmpty();
    }
}
