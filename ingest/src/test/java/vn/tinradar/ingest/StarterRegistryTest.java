package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.Source;

/**
 * The starter registry shipped for Lào Cai ({@code deploy/ops/config/sources-laocai.yaml}) loads as
 * {@code check-config} loads it and follows the rules a real deployment needs. Its addresses are not fetched:
 * tests never reach the internet.
 */
class StarterRegistryTest {

    /** Tests run in the module directory; the ops files live beside the modules. */
    private static final Path STARTER = Path.of("..", "deploy", "ops", "config", "sources-laocai.yaml");
    private static final List<Source> SOURCES = SourceRegistry.load(STARTER).sources();

    @Test
    void hasTheProvincialPressPortalAndMajorNationalOutlets() {
        assertThat(SOURCES).extracting(Source::id).contains("baolaocai", "laocaitv", "laocai-gov", "vnexpress",
                "tuoitre", "thanhnien", "vietnamplus", "dantri", "vov", "nhandan", "tienphong", "laodong");
        assertThat(SOURCES).filteredOn(s -> s.tier() == SourceTier.NATIONAL_PRESS).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void nationalOutletsPassTheRelevanceFilterAndTheProvincesOwnDoNot() {
        assertThat(SOURCES).allSatisfy(s -> assertThat(s.provinceOnly()).as(s.id())
                .isEqualTo(s.tier() != SourceTier.NATIONAL_PRESS));
    }

    @Test
    void everyFeedIsPublicHttpsAndNoSourceMayReachPrivateAddresses() {
        assertThat(SOURCES).noneMatch(Source::allowPrivateNetwork);
        assertThat(SOURCES.stream().flatMap(s -> s.feeds().stream()).map(Feed::url))
                .allMatch(url -> url.startsWith("https://")).doesNotHaveDuplicates();
    }

    @Test
    void everySourceSetsPollBoundsWithinWhatASiteWillBear() {
        assertThat(SOURCES).allSatisfy(s -> {
            assertThat(s.minIntervalSeconds()).as(s.id()).isGreaterThanOrEqualTo(300);
            assertThat(s.maxIntervalSeconds()).as(s.id()).isBetween(s.minIntervalSeconds(), 7200);
        });
    }
}
