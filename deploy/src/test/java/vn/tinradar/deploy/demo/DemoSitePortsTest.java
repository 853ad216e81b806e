package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo sites' ports kept in the data dir: the next start with the same setting takes them again. */
class DemoSitePortsTest {

    @TempDir
    Path dataDir;

    @Test
    void theNextStartWithTheSameSettingGetsThePortsBack() {
        DemoSitePorts kept = new DemoSitePorts(dataDir);
        kept.keep(0, Map.of("baolaocai", 41234, "laocai-gov", 41235));

        assertThat(new DemoSitePorts(dataDir).last(0)).containsOnly(Map.entry("baolaocai", 41234),
                Map.entry("laocai-gov", 41235));
    }

    @Test
    void aChangedFirstPortForgetsThePortsOfTheOldOne() {
        DemoSitePorts kept = new DemoSitePorts(dataDir);
        kept.keep(18801, Map.of("baolaocai", 18801));

        assertThat(kept.last(19801)).isEmpty();
    }

    @Test
    void aFreshDataDirHasNoPorts() {
        assertThat(new DemoSitePorts(dataDir).last(18801)).isEmpty();
    }

    @Test
    void anEntryThatIsNotAPortIsLeftOutAndTheOthersKept() throws Exception {
        Files.writeString(dataDir.resolve(DemoSitePorts.FILE), "first-port=18801\nbaolaocai=18801\n"
                + "laocaitv=mười tám\nthoisuviet=99999\n", StandardCharsets.UTF_8);

        assertThat(new DemoSitePorts(dataDir).last(18801)).containsOnly(Map.entry("baolaocai", 18801));
    }
}
