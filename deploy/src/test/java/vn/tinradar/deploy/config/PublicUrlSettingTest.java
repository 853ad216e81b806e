package vn.tinradar.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code web.public-url} is where links start: the alert e-mails' too, and a bad one names its line. */
class PublicUrlSettingTest {

    @TempDir
    Path dir;

    private Settings load(String yaml) throws Exception {
        return SettingsFiles.load(dir, yaml);
    }

    @Test
    void publicUrlIsWhereAlertMailLinksStart() throws Exception {
        Settings s = load("web:\n  public-url: https://tinradar.laocai.gov.vn/\n");

        assertThat(s.deploy().web().publicUrl()).isEqualTo("https://tinradar.laocai.gov.vn/");
        assertThat(s.alerts().baseUrl()).isEqualTo("https://tinradar.laocai.gov.vn");
    }

    @Test
    void withoutPublicUrlAlertMailLinksKeepTheirOwnSetting() throws Exception {
        Settings s = load("alerts:\n  base-url: http://10.0.0.5:8080\n");

        assertThat(s.alerts().baseUrl()).isEqualTo("http://10.0.0.5:8080");
    }

    @Test
    void publicUrlThatIsNotHttpIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> load("web:\n  port: 8080\n  public-url: ftp://tinradar\n"))
                .hasMessageContaining("line 3").hasMessageContaining("public-url");
    }
}
