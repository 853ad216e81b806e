package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;

/** The web server's sign-in rules, over real HTTP; no service runs behind it. */
class WebServerTest {

    private MetricsRegistry metrics;
    private WebServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword("admin", "admin", "mật-khẩu-đúng");
        metrics = new MetricsRegistry();
        server = new WebServer(new Backends(null, null, null), users, new SessionStore(Duration.ofHours(1),
                Clock.systemUTC()), metrics.registry(), new AlertStream(), PublicUrl.of("", 0), users::has,
                Clock.systemUTC()).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void healthAndMetricsNeedNoSignIn() throws Exception {
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        HttpResponse<String> metricsPage = get("/metrics", null);
        assertThat(metricsPage.statusCode()).isEqualTo(200);
        assertThat(metricsPage.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void apiWithoutCredentialsIsRefusedWithABasicChallenge() throws Exception {
        HttpResponse<String> response = get("/api/alerts", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Basic"));
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void dashboardWithoutSessionRedirectsToLoginPage() throws Exception {
        HttpResponse<String> response = get("/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login.html");
    }

    @Test
    void basicAuthWithTheRightPasswordReachesTheApi() throws Exception {
        HttpResponse<String> response = get("/api/me", basic("admin", "mật-khẩu-đúng"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"admin\"");
    }

    @Test
    void basicAuthWithAWrongPasswordIsRefused() throws Exception {
        assertThat(get("/api/me", basic("admin", "sai")).statusCode()).isEqualTo(401);
    }

    @Test
    void loginFormOpensASessionThatTheApiAccepts() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=m%E1%BA%ADt-kh%E1%BA%A9u-%C4%91%C3%BAng"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
    }

    @Test
    void failedLoginGoesBackToTheLoginPageWithAnError() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=sai"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Location")).hasValue("/login.html?error=1");
    }

    /**
     * Issue 13: guesses under made-up names were never throttled and each cost a bcrypt check (64 took 5 s of CPU).
     * Now, after three failures from one address, a try is checked only once its growing delay has passed; the
     * others are told to wait (429 with Retry-After) without a check.
     */
    @Test
    void guessesFromOneAddressAreToldToWaitWithoutCostingPasswordChecks() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/me", basic("khong-co-" + i, "sai")).statusCode()).isEqualTo(401);
        }

        int checked = 0;
        for (int i = 0; i < 64; i++) {
            HttpResponse<String> r = get("/api/me", basic("nguoi-la-" + i, "sai"));
            if (r.statusCode() == 401) {
                checked++;
            } else {
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
        }
        // delays of 1, 2, 4, 8 s...: however slow this machine, only a few of the 64 reach a password check
        assertThat(checked).isLessThanOrEqualTo(4);
    }

    @Test
    void loginFormToldToWaitSaysHowLong() throws Exception {
        for (int i = 0; i < 3; i++) {
            get("/api/me", basic("admin", "sai-" + i));
        }

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=sai")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                v -> assertThat(v).startsWith("/login.html?error=wait&seconds="));
    }

    @Test
    void routeOfAServiceNotRunningHereAnswers503() throws Exception {
        HttpResponse<String> response = get("/api/search?q=sat+lo", basic("admin", "mật-khẩu-đúng"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("analyze");
    }

    @Test
    void numericParameterOutOfRangeIsA400NamingIt() throws Exception {
        HttpResponse<String> response = get("/api/stories?limit=100000", basic("admin", "mật-khẩu-đúng"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'limit' must be 1..1000 but was 100000");
    }

    @Test
    void peerRoutesAreSignedByTheSharedSecretNotByAUser() throws Exception {
        // no user credentials: not 401; with no analyze service in this process the route answers 503
        HttpResponse<String> response = get("/api/peer/trends?limit=5", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("analyze");
    }

    @Test
    void exportNeedsASignedInUser() throws Exception {
        assertThat(get("/api/search/export?format=csv&q=sat+lo", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
