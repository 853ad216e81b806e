package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alert actions' values are checked before the alerts service sees them (here none runs: a request that
 * passes the checks answers 503). Issue 13: a silence had no upper bound (2^58 minutes gave a 500), and an alert
 * could be assigned, and mailed, to any address containing '@', as often as asked.
 */
class AlertActionsTest {

    private final WebFixture web = new WebFixture();
    private WebFixture.Session staff;

    @BeforeEach
    void signIn() throws Exception {
        staff = web.signIn(WebFixture.STAFF);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return web.send(web.asDashboard(staff, "POST", path));
    }

    @Test
    void silenceLongerThanNinetyDaysIsA400NamingMinutes() throws Exception {
        HttpResponse<String> r = post("/api/alerts/canh-bao-1/silence?minutes=100000000000");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'minutes' must be 5..129600 but was 100000000000");
    }

    @Test
    void silenceOfAHugeNumberIsA400NotA500() throws Exception {
        HttpResponse<String> r = post("/api/alerts/canh-bao-1/silence?minutes=" + (1L << 58));

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void silenceWithinBoundsReachesTheService() throws Exception {
        assertThat(post("/api/alerts/canh-bao-1/silence?minutes=240").statusCode()).isEqualTo(503);
    }

    @Test
    void assignmentToAnUnknownAddressIsA400NamingTheAssignee() throws Exception {
        HttpResponse<String> r = post("/api/alerts/canh-bao-1/assign?assignee=ke-la%40example.com");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'assignee'").contains("ke-la@example.com").contains("not a known user");
    }

    @Test
    void assignmentToAKnownUserReachesTheService() throws Exception {
        assertThat(post("/api/alerts/canh-bao-1/assign?assignee=" + WebFixture.VIEWER).statusCode()).isEqualTo(503);
    }

    @Test
    void fourthAssignmentOfOneAlertWithinTenMinutesIsRefused() throws Exception {
        for (int i = 0; i < AlertActions.ASSIGNMENTS_PER_ALERT; i++) {
            post("/api/alerts/canh-bao-1/assign?assignee=" + WebFixture.VIEWER);
        }

        HttpResponse<String> r = post("/api/alerts/canh-bao-1/assign?assignee=" + WebFixture.VIEWER);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(post("/api/alerts/canh-bao-2/assign?assignee=" + WebFixture.VIEWER).statusCode()).isEqualTo(503);
    }
}
