package vn.tinradar.deploy.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;

/**
 * A real web server on a free port with one account per role and, unless given some, no service behind it (routes
 * that need one answer 503), plus the requests a browser or a script would send it.
 */
final class WebFixture implements AutoCloseable {

    static final String PASSWORD = "Mật-khẩu-đủ-dài-2026";
    static final String ADMIN = "admin";
    static final String STAFF = "tran.thi.binh";
    static final String VIEWER = "le.van.cuong";

    /** A signed-in browser: its session cookie and the anti-forgery token the dashboard learns from /api/me. */
    record Session(String cookie, String csrfToken) {
    }

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final AlertStream alertStream = new AlertStream();
    private final MetricsRegistry metrics = new MetricsRegistry();
    final WebServer server;

    WebFixture(String publicUrl) {
        this(publicUrl, new Backends(null, null, null));
    }

    /** With the services given behind it, e.g. a real analyze service on a test broker. */
    WebFixture(String publicUrl, Backends backends) {
        this(publicUrl, backends, Incidents.NONE, null);
    }

    /** With the services, the crisis workspace and the tips given behind it (null: none). */
    WebFixture(String publicUrl, Backends backends, Incidents incidents, TipService tips) {
        // the tests publish nothing themselves: what matters is that this process is where the live streams are held
        alertStream.follow(publisher -> { });
        UserDirectory users = new UserDirectory(List.of());
        users.setPassword(ADMIN, "admin", PASSWORD);
        users.setPassword(STAFF, "staff", PASSWORD);
        users.setPassword(VIEWER, "viewer", PASSWORD);
        server = new WebServer(backends, users,
                null, new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), alertStream,
                PublicUrl.of(publicUrl, 0), users::has, Clock.systemUTC(), Provinces.defaultProvince(),
                ServiceForwarder.NONE, null, incidents, tips).start(0);
    }

    WebFixture() {
        this("");
    }

    /** The registry {@code /metrics} scrapes, for meters a test binds after the server started. */
    io.micrometer.core.instrument.MeterRegistry registry() {
        return metrics.registry();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> login(String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Session signIn(String user) throws IOException, InterruptedException {
        String setCookie = login(user).headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri("/api/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Session(cookie, Json.mapper().readTree(me.body()).path("csrfToken").asText());
    }

    /** A request as the dashboard sends it: the session cookie, and the token on changes. */
    HttpRequest.Builder asDashboard(Session session, String method, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Cookie", session.cookie())
                .header("Sec-Fetch-Site", "same-origin").method(method, HttpRequest.BodyPublishers.noBody());
        return method.equals("GET") ? b : b.header("X-CSRF-Token", session.csrfToken());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a stream and returns once its headers arrived; the caller closes the body. */
    HttpResponse<InputStream> open(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
        metrics.close();
    }
}
