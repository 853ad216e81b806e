package vn.tinradar.deploy.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13: the Atom feed built its links from the Host header ({@code Host: evil.example}). */
class PublicUrlTest {

    @Test
    void configuredUrlIsTheBaseOfLinksWithoutItsTrailingSlash() {
        PublicUrl url = PublicUrl.of("https://tinradar.laocai.gov.vn/", 8080);

        assertThat(url.base()).isEqualTo("https://tinradar.laocai.gov.vn");
        assertThat(url.origin()).isEqualTo("https://tinradar.laocai.gov.vn");
        assertThat(url.https()).isTrue();
    }

    @Test
    void withoutAConfiguredUrlLinksStartAtLocalhostNeverAtTheRequestsHost() {
        PublicUrl url = PublicUrl.of("", 8080);

        assertThat(url.base()).isEqualTo("http://localhost:8080");
        assertThat(url.configured()).isFalse();
        assertThat(url.https()).isFalse();
    }

    @Test
    void originKeepsAPortAndDropsAPath() {
        assertThat(PublicUrl.of("http://10.1.2.3:8080/tinradar", 0).origin()).isEqualTo("http://10.1.2.3:8080");
    }
}
