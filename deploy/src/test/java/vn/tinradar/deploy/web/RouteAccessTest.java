package vn.tinradar.deploy.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.deploy.web.signin.Access;
import vn.tinradar.deploy.web.signin.Role;

/**
 * Walks the route table: every route declares who may call it, the declaration matches the rule (viewer reads;
 * staff act on alerts, claims and searches; admin also manages users), and the server enforces it over HTTP for each role.
 * Issue 13: a viewer could acknowledge, resolve, silence and assign alerts.
 */
class RouteAccessTest {

    /** The rule, route by route. A new route fails this test until it is added here with its access. */
    private static final Map<String, Access> EXPECTED = Map.ofEntries(
            entry("GET /health", Access.PUBLIC),
            entry("GET /metrics", Access.PUBLIC),
            entry("POST /login", Access.PUBLIC),
            entry("POST /logout", Access.VIEWER),
            entry("GET /api/me", Access.VIEWER),
            entry("GET /api/search", Access.VIEWER),
            entry("GET /api/search/export", Access.VIEWER),
            entry("GET /api/searches", Access.VIEWER),
            entry("POST /api/searches", Access.STAFF),
            entry("DELETE /api/searches/{id}", Access.STAFF),
            entry("GET /api/articles/{id}", Access.VIEWER),
            entry("GET /api/stories", Access.VIEWER),
            entry("GET /api/stories/{id}", Access.VIEWER),
            entry("GET /api/trends", Access.VIEWER),
            entry("GET /api/forecast", Access.VIEWER),
            entry("GET /api/claims", Access.VIEWER),
            entry("POST /api/claims", Access.STAFF),
            entry("POST /api/claims/{id}/withdraw", Access.STAFF),
            entry("GET /api/policies", Access.VIEWER),
            entry("POST /api/policies", Access.ADMIN),
            entry("DELETE /api/policies/{id}", Access.ADMIN),
            entry("GET /api/policies/{id}", Access.VIEWER),
            entry("GET /api/policies/{id}/feedback.docx", Access.VIEWER),
            entry("GET /api/peer/*", Access.PEER),
            entry("POST /api/peer/*", Access.PEER),
            entry("GET /api/alerts", Access.VIEWER),
            entry("GET /api/alerts/{id}/audit", Access.VIEWER),
            entry("POST /api/alerts/{id}/ack", Access.STAFF),
            entry("POST /api/alerts/{id}/resolve", Access.STAFF),
            entry("POST /api/alerts/{id}/assign", Access.STAFF),
            entry("POST /api/alerts/{id}/silence", Access.STAFF),
            entry("GET /alerts.atom", Access.VIEWER),
            entry("GET /api/stream", Access.VIEWER),
            entry("GET /api/reports", Access.VIEWER),
            entry("POST /api/reports", Access.STAFF),
            entry("GET /reports/{period}/{file}", Access.VIEWER),
            entry("GET /api/sources", Access.VIEWER),
            // issue 15: staff import social posts from export files
            entry("POST /api/imports", Access.STAFF),
            entry("GET /api/users", Access.ADMIN),
            entry("POST /api/users", Access.ADMIN),
            entry("GET /api/users/audit", Access.ADMIN),
            entry("POST /api/users/{name}/role", Access.ADMIN),
            entry("POST /api/users/{name}/disable", Access.ADMIN),
            entry("POST /api/users/{name}/enable", Access.ADMIN),
            entry("POST /api/users/{name}/reset", Access.ADMIN),
            entry("POST /password", Access.PUBLIC),
            // issue 14: admins manage the spokesperson directory, staff request official responses
            entry("GET /api/spokes", Access.VIEWER),
            entry("POST /api/spokes/agencies", Access.ADMIN),
            entry("POST /api/spokes/agencies/{id}", Access.ADMIN),
            entry("DELETE /api/spokes/agencies/{id}", Access.ADMIN),
            entry("POST /api/spokes/persons", Access.ADMIN),
            entry("POST /api/spokes/persons/{id}", Access.ADMIN),
            entry("DELETE /api/spokes/persons/{id}", Access.ADMIN),
            entry("POST /api/spokes/import", Access.ADMIN),
            entry("GET /api/alerts/{id}/agencies", Access.VIEWER),
            entry("POST /api/alerts/{id}/responses", Access.STAFF),
            entry("GET /api/responses", Access.VIEWER),
            entry("POST /api/responses/{id}/answer", Access.STAFF),
            entry("GET /api/incidents", Access.VIEWER),
            entry("GET /api/incidents/{id}", Access.VIEWER),
            entry("GET /api/incidents/{id}/coverage.png", Access.VIEWER),
            entry("GET /api/incidents/{id}/tone.png", Access.VIEWER),
            entry("GET /api/incidents/{id}/report.pdf", Access.VIEWER),
            entry("GET /api/incidents/{id}/report.docx", Access.VIEWER),
            entry("POST /api/incidents", Access.STAFF),
            entry("POST /api/incidents/{id}/tasks", Access.STAFF),
            entry("POST /api/incidents/{id}/tasks/{task}/done", Access.STAFF),
            entry("POST /api/incidents/{id}/handovers", Access.STAFF),
            entry("POST /api/incidents/{id}/responses", Access.STAFF),
            entry("POST /api/incidents/{id}/close", Access.STAFF),
            entry("GET /api/tips", Access.VIEWER),
            entry("GET /api/tips/{id}", Access.VIEWER),
            entry("GET /api/tips/{id}/claim-draft", Access.STAFF),
            entry("POST /api/tips", Access.STAFF),
            entry("POST /api/tips/{id}", Access.STAFF),
            entry("POST /api/tips/{id}/claim", Access.STAFF),
            entry("POST /api/tips/{id}/incident", Access.STAFF));

    private final WebFixture web = new WebFixture();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void everyRouteDeclaresTheAccessTheRuleGivesIt() {
        Map<String, Access> declared = new LinkedHashMap<>();
        for (RouteTable.Route r : web.server.routeTable()) {
            declared.put(r.method() + " " + r.path(), r.access());
        }

        assertThat(declared).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void changesAreNeverOpenToViewers() {
        for (RouteTable.Route r : web.server.routeTable()) {
            boolean change = r.method() != RouteTable.Method.GET;
            boolean signedOtherwise = r.access() == Access.PUBLIC || r.access() == Access.PEER;
            if (change && !signedOtherwise && !r.path().equals("/logout")) {
                assertThat(r.access().role().includes(Role.STAFF)).as(r.method() + " " + r.path()).isTrue();
            }
        }
    }

    @Test
    void eachRoleIsRefusedExactlyTheRoutesAboveItWithAVietnameseMessage() throws Exception {
        Map<Role, WebFixture.Session> sessions = new EnumMap<>(Role.class);
        sessions.put(Role.VIEWER, web.signIn(WebFixture.VIEWER));
        sessions.put(Role.STAFF, web.signIn(WebFixture.STAFF));
        sessions.put(Role.ADMIN, web.signIn(WebFixture.ADMIN));
        int checked = 0;
        for (RouteTable.Route r : web.server.routeTable()) {
            Role required = r.access().role();
            if (required == null || r.path().equals("/logout")) {
                continue;
            }
            for (Role role : Role.values()) {
                int status = status(web.asDashboard(sessions.get(role), r.method().name(), concrete(r.path())));
                String what = role + " on " + r.method() + " " + r.path();
                if (role.includes(required)) {
                    assertThat(status).as(what).isNotIn(401, 403);
                } else {
                    assertThat(status).as(what).isEqualTo(403);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void staffAreRefusedUserManagementWithAVietnameseMessage() throws Exception {
        WebFixture.Session staff = web.signIn(WebFixture.STAFF);

        HttpResponse<String> r = web.send(web.asDashboard(staff, "POST", "/api/users/le.van.cuong/reset"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("không có quyền").contains("quản trị");
    }

    @Test
    void refusalTellsTheViewerInVietnameseWhatRoleIsNeeded() throws Exception {
        WebFixture.Session viewer = web.signIn(WebFixture.VIEWER);

        HttpResponse<String> r = web.send(web.asDashboard(viewer, "POST", "/api/alerts/canh-bao-1/ack"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("không có quyền").contains("cán bộ theo dõi");
    }

    @Test
    void publicAndPeerRoutesNeedNoUser() throws Exception {
        for (RouteTable.Route r : web.server.routeTable()) {
            if (r.access() == Access.PUBLIC || r.access() == Access.PEER) {
                int status = status(HttpRequest.newBuilder(web.uri(concrete(r.path())))
                        .method(r.method().name(), HttpRequest.BodyPublishers.noBody()));
                assertThat(status).as(r.method() + " " + r.path()).isNotIn(401, 403);
            }
        }
    }

    private int status(HttpRequest.Builder request) throws Exception {
        // the live stream never ends by itself: read the status, then hang up
        HttpResponse<InputStream> response = web.open(request);
        response.body().close();
        return response.statusCode();
    }

    private static String concrete(String path) {
        return path.replace("{id}", "khong-co").replace("{name}", "khong.co.ai").replace("{period}", "2026-11-16_2026-11-22")
                .replace("{file}", "bao-cao.pdf").replace("{task}", "t1").replace("*", "trends");
    }
}
