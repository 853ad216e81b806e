package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes sent by a browser for another site are refused (issue 13: a text/plain JSON POST with a foreign Origin
 * saved a search, and a foreign-Origin acknowledge succeeded). Each request below would pass the role check: a
 * 503 means it reached the route, which has no service behind it here.
 */
class SameOriginTest {

    private final WebFixture web = new WebFixture();

    @AfterEach
    void stop() {
        web.close();
    }

    private HttpRequest.Builder staffScript(String path) {
        return HttpRequest.newBuilder(web.uri(path))
                .header("Authorization", WebFixture.basic(WebFixture.STAFF, WebFixture.PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void changeFromAForeignOriginIsRefusedEvenWithCachedBasicCredentials() throws Exception {
        HttpResponse<String> r = web.send(staffScript("/api/alerts/canh-bao-1/ack")
                .header("Origin", "https://trang-la.example"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("trang web khác").contains("trang-la.example");
    }

    @Test
    void changeMarkedCrossSiteByTheBrowserIsRefused() throws Exception {
        HttpResponse<String> r = web.send(staffScript("/api/alerts/canh-bao-1/ack")
                .header("Sec-Fetch-Site", "cross-site"));

        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void jsonSentAsPlainTextIsRefusedBeforeTheRouteReadsIt() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/api/searches"))
                .header("Authorization", WebFixture.basic(WebFixture.STAFF, WebFixture.PASSWORD))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sạt lở\",\"params\":{\"q\":\"sat lo\"}}")));

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("application/json");
    }

    @Test
    void changeFromTheSameOriginReachesTheRoute() throws Exception {
        HttpResponse<String> r = web.send(staffScript("/api/alerts/canh-bao-1/ack")
                .header("Origin", "http://127.0.0.1:" + web.server.port()));

        assertThat(r.statusCode()).isEqualTo(503);
    }

    @Test
    void scriptWithoutOriginHeadersReachesTheRoute() throws Exception {
        assertThat(web.send(staffScript("/api/alerts/canh-bao-1/ack")).statusCode()).isEqualTo(503);
    }

    @Test
    void sessionChangeWithoutTheSessionTokenIsRefused() throws Exception {
        WebFixture.Session staff = web.signIn(WebFixture.STAFF);

        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/api/alerts/canh-bao-1/ack"))
                .header("Cookie", staff.cookie()).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("X-CSRF-Token");
    }

    @Test
    void sessionChangeWithTheSessionTokenReachesTheRoute() throws Exception {
        WebFixture.Session staff = web.signIn(WebFixture.STAFF);

        assertThat(web.send(web.asDashboard(staff, "POST", "/api/alerts/canh-bao-1/ack")).statusCode())
                .isEqualTo(503);
    }

    @Test
    void signOutFormCarriesTheTokenAsAField() throws Exception {
        WebFixture.Session viewer = web.signIn(WebFixture.VIEWER);

        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/logout")).header("Cookie", viewer.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + viewer.csrfToken())));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(web.send(web.asDashboard(viewer, "GET", "/api/me")).statusCode()).isEqualTo(401);
    }
}
