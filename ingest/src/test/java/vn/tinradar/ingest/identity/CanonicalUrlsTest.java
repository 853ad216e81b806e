package vn.tinradar.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    private static String canonical(String url) {
        return CanonicalUrls.canonical(url).orElseThrow();
    }

    @Test
    void dropsUtmAndFacebookTrackingButKeepsRealParameters() {
        assertThat(canonical("https://baolaocai.vn/tin-tuc?id=123&utm_source=facebook&utm_medium=social&fbclid=IwAR0x"))
                .isEqualTo("https://baolaocai.vn/tin-tuc?id=123");
    }

    @Test
    void dropsFragmentAndDefaultPortAndLowercasesHost() {
        assertThat(canonical("HTTPS://BaoLaoCai.VN:443/sat-lo-o-bat-xat-post123.html#binh-luan"))
                .isEqualTo("https://baolaocai.vn/sat-lo-o-bat-xat-post123.html");
    }

    @Test
    void foldsAmpAndMobileVariantsOntoTheSameUrl() {
        String main = canonical("https://baolaocai.vn/sat-lo-post123.html");
        assertThat(canonical("https://m.baolaocai.vn/sat-lo-post123.html")).isEqualTo(main);
        assertThat(canonical("https://baolaocai.vn/amp/sat-lo-post123.html")).isEqualTo(main);
        assertThat(canonical("https://amp.baolaocai.vn/sat-lo-post123.html")).isEqualTo(main);
        assertThat(canonical("https://www.baolaocai.vn/sat-lo-post123.amp.html")).isEqualTo(main);
        assertThat(canonical("https://baolaocai.vn/sat-lo-post123.html?amp")).isEqualTo(main);
    }

    @Test
    void keepsNonDefaultPortForTheLocalDemoServer() {
        assertThat(canonical("http://127.0.0.1:8181/bai/1.html?utm_campaign=x")).isEqualTo("http://127.0.0.1:8181/bai/1.html");
    }

    @Test
    void resolvesRelativeLinksAgainstThePage() {
        assertThat(CanonicalUrls.resolve("https://baolaocai.vn/xa-hoi/", "../kinh-te/bai-1.html?utm_source=rss"))
                .contains("https://baolaocai.vn/kinh-te/bai-1.html");
    }

    @Test
    void refusesNonHttpUrls() {
        assertThat(CanonicalUrls.canonical("mailto:toasoan@baolaocai.vn")).isEmpty();
        assertThat(CanonicalUrls.canonical("javascript:void(0)")).isEmpty();
    }
}
