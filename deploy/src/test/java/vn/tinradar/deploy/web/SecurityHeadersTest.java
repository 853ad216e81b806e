package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue 13: no CSP, frame-ancestors, nosniff, Referrer-Policy or HSTS; the API was cacheable; no Secure cookie. */
class SecurityHeadersTest {

    @Test
    void dashboardPagesGetAStrictContentPolicyWithoutInlineScript() throws Exception {
        try (WebFixture web = new WebFixture()) {
            HttpResponse<String> login = web.send(HttpRequest.newBuilder(web.uri("/login.html")));

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            // the page itself obeys the policy: its script is a file
            assertThat(login.body()).doesNotContain("<script>").contains("<script src=\"/login.js\">");
            assertThat(web.send(HttpRequest.newBuilder(web.uri("/login.js"))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void apiAnswersAreNeverStored() throws Exception {
        try (WebFixture web = new WebFixture()) {
            HttpResponse<String> me = web.send(web.asDashboard(web.signIn(WebFixture.VIEWER), "GET", "/api/me"));

            assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void overPlainHttpTheCookieIsNotSecureAndThereIsNoHsts() throws Exception {
        try (WebFixture web = new WebFixture("http://tinradar.local:8080")) {
            HttpResponse<String> login = web.login(WebFixture.VIEWER);

            assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .doesNotContainIgnoringCase("Secure"));
            assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void behindAnHttpsPublicUrlTheCookieIsSecureAndHstsIsSent() throws Exception {
        try (WebFixture web = new WebFixture("https://tinradar.laocai.gov.vn/")) {
            HttpResponse<String> login = web.login(WebFixture.VIEWER);

            assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .containsIgnoringCase("Secure"));
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        }
    }

    @Test
    void behindAPublicUrlOnlyItsOriginMayChangeThings() throws Exception {
        try (WebFixture web = new WebFixture("https://tinradar.laocai.gov.vn")) {
            HttpRequest.Builder ack = HttpRequest.newBuilder(web.uri("/api/alerts/canh-bao-1/ack"))
                    .header("Authorization", WebFixture.basic(WebFixture.STAFF, WebFixture.PASSWORD))
                    .POST(HttpRequest.BodyPublishers.noBody());

            assertThat(web.send(ack.copy().header("Origin", "https://tinradar.laocai.gov.vn")).statusCode())
                    .isEqualTo(503);
            assertThat(web.send(ack.copy().header("Origin", "http://127.0.0.1:" + web.server.port())).statusCode())
                    .isEqualTo(403);
        }
    }
}
