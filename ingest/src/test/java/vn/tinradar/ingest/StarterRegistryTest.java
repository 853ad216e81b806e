package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.Source;

/**
 * The starter registries shipped for the seed provinces ({@code deploy/ops/config/sources-*.yaml}) load as
 * {@code check-config} loads them and follow the rules a real deployment needs. Their addresses are not fetched:
 * tests never reach the internet, and each file says so at its top.
 */
class StarterRegistryTest {

    /** Tests run in the module directory; the ops files live beside the modules. */
    private static final Path CONFIG = Path.of("..", "deploy", "ops", "config");

    private static List<Source> sources(String file) {
        return SourceRegistry.load(CONFIG.resolve(file)).sources();
    }

    @Test
    void laoCaiHasItsPressPortalAndMajorNationalOutlets() {
        assertThat(sources("sources-laocai.yaml")).extracting(Source::id).contains("baolaocai", "laocaitv",
                "laocai-gov", "vnexpress", "tuoitre", "thanhnien", "vietnamplus", "dantri", "vov", "nhandan",
                "tienphong", "laodong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources-laocai.yaml", "sources-ninhbinh.yaml", "sources-hungyen.yaml",
        "sources-hochiminh.yaml"})
    void everySeedProvinceHasItsPressItsPortalAndNationalOutlets(String file) {
        List<Source> sources = sources(file);
        assertThat(sources).anyMatch(s -> s.tier() == SourceTier.PROVINCIAL_PRESS);
        assertThat(sources).anyMatch(s -> s.tier() == SourceTier.GOVERNMENT_PORTAL);
        assertThat(sources).filteredOn(s -> s.tier() == SourceTier.NATIONAL_PRESS).hasSizeGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources-laocai.yaml", "sources-ninhbinh.yaml", "sources-hungyen.yaml",
        "sources-hochiminh.yaml"})
    void nationalOutletsPassTheRelevanceFilterAndTheProvincesOwnDoNot(String file) {
        assertThat(sources(file)).allSatisfy(s -> assertThat(s.provinceOnly()).as(s.id())
                .isEqualTo(s.tier() != SourceTier.NATIONAL_PRESS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources-laocai.yaml", "sources-ninhbinh.yaml", "sources-hungyen.yaml",
        "sources-hochiminh.yaml"})
    void everyFeedIsPublicHttpsAndNoSourceMayReachPrivateAddresses(String file) {
        List<Source> sources = sources(file);
        assertThat(sources).noneMatch(Source::allowPrivateNetwork);
        assertThat(sources.stream().flatMap(s -> s.feeds().stream()).map(Feed::url))
                .allMatch(url -> url.startsWith("https://")).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources-laocai.yaml", "sources-ninhbinh.yaml", "sources-hungyen.yaml",
        "sources-hochiminh.yaml"})
    void everySourceSetsPollBoundsWithinWhatASiteWillBear(String file) {
        assertThat(sources(file)).allSatisfy(s -> {
            assertThat(s.minIntervalSeconds()).as(s.id()).isGreaterThanOrEqualTo(300);
            assertThat(s.maxIntervalSeconds()).as(s.id()).isBetween(s.minIntervalSeconds(), 7200);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources-laocai.yaml", "sources-ninhbinh.yaml", "sources-hungyen.yaml",
        "sources-hochiminh.yaml"})
    void saysItsAddressesAreNotVerified(String file) throws Exception {
        assertThat(Files.readString(CONFIG.resolve(file))).contains("NOT VERIFIED");
    }
}
