package vn.tinradar.deploy.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.claims.ClaimDraft;
import vn.tinradar.analyze.peer.PeerApi;
import vn.tinradar.analyze.peer.PeerPaths;
import vn.tinradar.analyze.search.SearchExport;
import vn.tinradar.analyze.search.SearchRequest;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a process: dashboard, JSON API, Atom feed, live alerts, {@code /metrics} and
 * {@code /health}.
 *
 * <p>{@link #routes} is the table of contents of the API. Everything but {@code /health}, {@code /metrics}
 * and the login page needs a signed-in user: a session cookie for the browser, HTTP Basic for scripts.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String SESSION_COOKIE = "tinradar_session";
    private static final String PRINCIPAL = "principal";
    private static final java.time.format.DateTimeFormatter EXPORT_STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(vn.tinradar.common.text.VnTime.ZONE);
    private static final Set<String> PUBLIC_PATHS = Set.of("/health", "/metrics", "/login", "/login.html",
            "/app.css", "/favicon.svg");

    private final Backends backends;
    private final UserDirectory users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PrometheusMeterRegistry metrics;
    private final AlertStream alertStream;
    private final String configuredBaseUrl;
    private final Province province;
    private Javalin app;

    public WebServer(Backends backends, UserDirectory users, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, String baseUrl, Clock clock) {
        this(backends, users, sessions, metrics, alertStream, baseUrl, clock, Provinces.defaultProvince());
    }

    /** @param province the configured province, which the dashboard's header names ({@code /api/me}) */
    public WebServer(Backends backends, UserDirectory users, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, String baseUrl, Clock clock,
                     Province province) {
        this.province = province;
        this.backends = backends;
        this.users = users;
        this.sessions = sessions;
        this.throttle = new LoginThrottle(clock);
        this.metrics = metrics;
        this.alertStream = alertStream;
        this.configuredBaseUrl = baseUrl == null ? "" : baseUrl;
    }

    public WebServer start(int port) {
        app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.startup.showJavalinBanner = false;
            routes(config);
        }).start(port);
        LOG.info("event=web_started port={}", app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    private void routes(JavalinConfig config) {
        var r = config.routes;
        r.before(this::requireSignIn);

        r.get("/health", this::health);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));

        r.post("/login", this::login);
        r.post("/logout", this::logout);
        r.get("/api/me", ctx -> ctx.json(Map.of("name", principal(ctx).name(), "role", principal(ctx).role(),
                "province", province.inSentence())));

        r.get("/api/search", ctx -> ctx.json(need(backends.analyze(), "analyze").search()
                .search(SearchRequest.fromParams(params(ctx)))));
        r.get("/api/search/export", this::exportSearch);
        r.get("/api/searches", ctx -> ctx.json(Map.of("searches", need(backends.analyze(), "analyze")
                .savedSearches().list(principal(ctx).name()))));
        r.post("/api/searches", ctx -> {
            SaveSearch body = ctx.bodyAsClass(SaveSearch.class);
            ctx.status(HttpStatus.CREATED).json(need(backends.analyze(), "analyze").savedSearches()
                    .save(principal(ctx).name(), body.name(), body.params() == null ? Map.of() : body.params()));
        });
        r.delete("/api/searches/{id}", ctx -> {
            need(backends.analyze(), "analyze").savedSearches().delete(principal(ctx).name(), ctx.pathParam("id"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
        r.get("/api/articles/{id}", ctx -> ctx.json(need(backends.analyze(), "analyze")
                .article(ctx.pathParam("id"))
                .orElseThrow(() -> new NoSuchElementException("no article with id " + ctx.pathParam("id")))));
        r.get("/api/stories", ctx -> ctx.json(Map.of("stories",
                need(backends.analyze(), "analyze").stories(limit(ctx, 50)))));
        r.get("/api/stories/{id}", ctx -> ctx.json(need(backends.analyze(), "analyze").story(ctx.pathParam("id"))
                .orElseThrow(() -> new NoSuchElementException("no story with id " + ctx.pathParam("id")))));
        r.get("/api/trends", ctx -> ctx.json(Map.of("trends",
                need(backends.analyze(), "analyze").trends(limit(ctx, 50)))));
        r.get("/api/claims", ctx -> ctx.json(Map.of("claims", need(backends.analyze(), "analyze").claims().list())));
        r.post("/api/claims", ctx -> ctx.status(HttpStatus.CREATED).json(need(backends.analyze(), "analyze")
                .claims().add(ctx.bodyAsClass(ClaimDraft.class), staff(ctx).name())));
        r.post("/api/claims/{id}/withdraw", ctx -> ctx.json(need(backends.analyze(), "analyze").claims()
                .withdraw(ctx.pathParam("id"), staff(ctx).name())));
        // analyze instances asking each other (search fan-out): signed by the shared secret, not by a user
        r.get(PeerPaths.PREFIX + "*", this::peer);
        r.post(PeerPaths.PREFIX + "*", this::peer);

        r.get("/api/alerts", ctx -> ctx.json(Map.of("alerts", need(backends.alerts(), "alerts")
                .alerts(status(ctx.queryParam("status"))))));
        r.post("/api/alerts/{id}/ack", ctx -> ctx.json(need(backends.alerts(), "alerts")
                .acknowledge(ctx.pathParam("id"), principal(ctx).name())));
        r.post("/api/alerts/{id}/resolve", ctx -> ctx.json(need(backends.alerts(), "alerts")
                .resolve(ctx.pathParam("id"), principal(ctx).name())));
        r.post("/api/alerts/{id}/assign", ctx -> ctx.json(need(backends.alerts(), "alerts")
                .assign(ctx.pathParam("id"), param(ctx, "assignee"), AlertActions.deadline(param(ctx, "due")),
                        principal(ctx).name())));
        r.post("/api/alerts/{id}/silence", ctx -> ctx.json(need(backends.alerts(), "alerts")
                .silence(AlertActions.silenceOf(ctx.pathParam("id"), principal(ctx).name(), param(ctx, "reason")),
                        AlertActions.minutes(param(ctx, "minutes")))));
        r.get("/api/reports", ctx -> ctx.json(Map.of("reports", need(backends.alerts(), "alerts")
                .reportArchive().list())));
        r.get("/reports/{period}/{file}", this::reportFile);
        r.get("/alerts.atom", ctx -> ctx.contentType("application/atom+xml; charset=utf-8")
                .result(need(backends.alerts(), "alerts").atomFeed(baseUrl(ctx))));
        r.sse("/api/stream", alertStream::join);

        r.get("/api/sources", ctx -> ctx.json(Map.of("sources",
                need(backends.ingest(), "ingest").sourceHealth())));

        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        r.exception(BadRequestResponse.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "request body is not the expected JSON"));
        r.exception(Forbidden.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
        r.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        r.exception(ServiceUnavailable.class,
                (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.warn("event=request_failed path={} error={}", ctx.path(), e.toString());
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getClass().getSimpleName());
        });
    }

    /** An archived report's page, chart or PDF; the PDF downloads under a name that says its period. */
    private void reportFile(Context ctx) throws java.io.IOException {
        java.nio.file.Path file = need(backends.alerts(), "alerts").reportArchive()
                .file(ctx.pathParam("period"), ctx.pathParam("file"))
                .orElseThrow(() -> new NoSuchElementException("no report file " + ctx.pathParam("period") + "/"
                        + ctx.pathParam("file")));
        String name = file.getFileName().toString();
        ctx.contentType(name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                : "text/html; charset=utf-8");
        if (name.endsWith(".pdf")) {
            ctx.header("Content-Disposition", "attachment; filename=\"bao-cao-" + ctx.pathParam("period") + ".pdf\"");
        }
        ctx.result(java.nio.file.Files.readAllBytes(file));
    }

    /** A form field, or the query parameter of that name. */
    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null ? value : ctx.queryParam(name);
    }

    /**
     * A search's results as a file: {@code format=csv} (UTF-8 with BOM, for Excel) or {@code json} (the shape of
     * {@code /api/search}), at most {@code analyze.export-max-hits} hits from the first.
     */
    private void exportSearch(Context ctx) {
        Map<String, String> params = params(ctx);
        String format = params.getOrDefault("format", "csv").trim().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("parameter 'format' must be csv or json but was '" + format + "'");
        }
        params.remove("format");
        var result = need(backends.analyze(), "analyze").export(SearchRequest.fromParams(params));
        String name = "tinradar-tim-kiem-" + EXPORT_STAMP.format(java.time.Instant.now()) + "." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(SearchExport.csv(result));
        } else {
            ctx.json(result);
        }
        LOG.info("event=search_exported user={} format={} hits={}", principal(ctx).name(), format,
                result.hits().size());
    }

    private void peer(Context ctx) {
        AnalyzeService analyze = need(backends.analyze(), "analyze");
        PeerApi.Response r = analyze.peerApi().handle(ctx.method().name(), ctx.path(), params(ctx),
                ctx.bodyAsBytes(), ctx.header(PeerPaths.SECRET_HEADER));
        ctx.status(r.status()).contentType("application/json; charset=utf-8").result(r.body());
    }

    /** The signed-in user, who must be allowed to manage what staff manage (admin or staff, not viewer). */
    private UserDirectory.Principal staff(Context ctx) {
        UserDirectory.Principal p = principal(ctx);
        if (!"admin".equals(p.role()) && !"staff".equals(p.role())) {
            throw new Forbidden("account " + p.name() + " may only read (role " + p.role() + ")");
        }
        return p;
    }

    private void requireSignIn(Context ctx) {
        if (PUBLIC_PATHS.contains(ctx.path()) || ctx.path().startsWith(PeerPaths.PREFIX)) {
            return;
        }
        Optional<UserDirectory.Principal> who = sessions.find(ctx.cookie(SESSION_COOKIE))
                .or(() -> basicAuth(ctx));
        if (who.isPresent()) {
            ctx.attribute(PRINCIPAL, who.get());
            return;
        }
        boolean browserPage = ctx.path().equals("/") || ctx.path().endsWith(".html");
        if (browserPage) {
            ctx.redirect("/login.html", HttpStatus.FOUND);
        } else {
            if (ctx.header("Sec-Fetch-Site") == null) {
                // only scripts get the Basic challenge; a browser would pop up its own login box
                ctx.header("WWW-Authenticate", "Basic realm=\"TinRadar\", charset=\"UTF-8\"");
            }
            error(ctx, HttpStatus.UNAUTHORIZED, "sign in first (session cookie or HTTP Basic)");
        }
        ctx.skipRemainingHandlers();
    }

    private Optional<UserDirectory.Principal> basicAuth(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        if (throttle.locked(name)) {
            return Optional.empty();
        }
        Optional<UserDirectory.Principal> who = users.authenticate(name, decoded.substring(colon + 1));
        if (who.isEmpty()) {
            throttle.failed(name);
        }
        return who;
    }

    private void login(Context ctx) {
        String name = ctx.formParam("username");
        if (throttle.locked(name)) {
            LOG.info("event=login_locked user={}", safe(name));
            ctx.redirect("/login.html?error=locked", HttpStatus.FOUND);
            return;
        }
        Optional<UserDirectory.Principal> who = users.authenticate(name, ctx.formParam("password"));
        if (who.isEmpty()) {
            throttle.failed(name);
            LOG.info("event=login_failed user={}", safe(name));
            ctx.redirect("/login.html?error=1", HttpStatus.FOUND);
            return;
        }
        throttle.succeeded(name);
        Cookie cookie = new Cookie(SESSION_COOKIE, sessions.open(who.get()));
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge((int) sessions.lifetime().toSeconds());
        ctx.cookie(cookie);
        LOG.info("event=login user={}", who.get().name());
        ctx.redirect("/", HttpStatus.FOUND);
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(SESSION_COOKIE));
        ctx.removeCookie(SESSION_COOKIE, "/");
        ctx.redirect("/login.html", HttpStatus.FOUND);
    }

    private void health(Context ctx) {
        Map<String, Object> components = new LinkedHashMap<>();
        boolean ready = true;
        if (backends.analyze() != null) {
            ready &= streamsReady(backends.analyze().streams(), "analyze", components);
            components.put("index", Map.of("documents", backends.analyze().indexedCount()));
        }
        if (backends.alerts() != null) {
            ready &= streamsReady(backends.alerts().streams(), "alerts", components);
        }
        if (backends.ingest() != null) {
            components.put("ingest", Map.of("sources", backends.ingest().sourceHealth().size()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("live", true);
        body.put("ready", ready);
        body.put("components", components);
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private static boolean streamsReady(KafkaStreams streams, String name, Map<String, Object> components) {
        KafkaStreams.State state = streams == null ? null : streams.state();
        components.put(name, Map.of("state", String.valueOf(state)));
        return state == KafkaStreams.State.RUNNING;
    }

    private UserDirectory.Principal principal(Context ctx) {
        UserDirectory.Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("route reached without a signed-in user");
        }
        return p;
    }

    private String baseUrl(Context ctx) {
        if (!configuredBaseUrl.isBlank()) {
            return configuredBaseUrl;
        }
        return ctx.scheme() + "://" + ctx.host();
    }

    private static Map<String, String> params(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                params.put(k, v.get(0));
            }
        });
        return params;
    }

    private static int limit(Context ctx, int fallback) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be 1..1000 but was " + limit);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number but was '" + value + "'");
        }
    }

    private static AlertStatus status(String value) {
        return value == null || value.isBlank() ? null : AlertStatus.fromId(value);
    }

    private static <T> T need(T service, String name) {
        if (service == null) {
            throw new ServiceUnavailable("the " + name + " service does not run in this process");
        }
        return service;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
    }

    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "?");
    }

    /** The body of POST /api/searches. */
    record SaveSearch(String name, Map<String, String> params) {
    }

    /** The signed-in account may not do this. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** A route needs a service this process was not started with. */
    static final class ServiceUnavailable extends RuntimeException {
        ServiceUnavailable(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
