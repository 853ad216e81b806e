package vn.tinradar.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo.first-port} says where the demo's press sites listen; 0 lets the system pick, a bad one names its line. */
class DemoPortSettingTest {

    @TempDir
    Path dir;

    @Test
    void theDemoSitesKeepTheirUsualPortsByDefault() throws Exception {
        assertThat(SettingsFiles.load(dir, "province: Lào Cai\n").deploy().demo().firstPort()).isEqualTo(18801);
    }

    @Test
    void zeroLeavesTheDemoSitesPortsToTheSystem() throws Exception {
        assertThat(SettingsFiles.load(dir, "demo:\n  first-port: 0\n").deploy().demo().firstPort()).isZero();
    }

    @Test
    void aPortTheSitesCannotAllTakeIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> SettingsFiles.load(dir, "demo:\n  first-port: 65530\n"))
                .hasMessageContaining("line 2").hasMessageContaining("demo.first-port")
                .hasMessageContaining("65530");
    }
}
