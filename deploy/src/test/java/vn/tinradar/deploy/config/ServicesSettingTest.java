package vn.tinradar.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code web.services} says where the services a process does not run answer; a wrong entry names its line. */
class ServicesSettingTest {

    @TempDir
    Path dir;

    @Test
    void eachServiceAddressBecomesTheBaseItsRoutesAreForwardedTo() throws Exception {
        Settings s = SettingsFiles.load(dir, "web:\n  services:\n    analyze: http://tinradar-analyze:8080\n");

        assertThat(s.deploy().web().serviceUris()).containsEntry("analyze", URI.create("http://tinradar-analyze:8080/"));
    }

    @Test
    void anUnknownServiceIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> SettingsFiles.load(dir, "web:\n  services:\n    search: http://tinradar-analyze:8080\n"))
                .hasMessageContaining("line 3").hasMessageContaining("unknown service 'search'");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> SettingsFiles.load(dir, "web:\n  services:\n    alerts: tinradar-alerts:8080\n"))
                .hasMessageContaining("line 3").hasMessageContaining("web.services.alerts");
    }
}
