package vn.tinradar.deploy.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import vn.tinradar.analyze.peer.PeerPaths;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;
import vn.tinradar.deploy.web.signin.LoginThrottle;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.SignIn;
import vn.tinradar.deploy.web.signin.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a process: dashboard, JSON API, Atom feed, live alerts, {@code /metrics} and
 * {@code /health}. It only assembles the features; each declares its own routes, and {@link #routeTable} lists
 * them all. Everything but {@code /health}, {@code /metrics} and the login page needs a signed-in user.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Set<String> PUBLIC_PATHS = Set.of("/health", "/metrics", "/login", "/login.html",
            "/app.css", "/favicon.svg");

    private final SignIn signIn;
    private final RouteTable routeTable = new RouteTable();
    private Javalin app;

    public WebServer(Backends backends, UserDirectory users, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, String baseUrl, Clock clock) {
        this.signIn = new SignIn(users, sessions, new LoginThrottle(clock), PUBLIC_PATHS, PeerPaths.PREFIX);
        List<WebFeature> features = List.of(
                new HealthRoutes(backends, metrics),
                new SignInRoutes(signIn),
                new SearchRoutes(backends),
                new StoryRoutes(backends),
                new ClaimRoutes(backends),
                new PeerRoutes(backends),
                new AlertRoutes(backends, alertStream, baseUrl),
                new ReportRoutes(backends),
                new SourceRoutes(backends));
        features.forEach(f -> f.declare(routeTable));
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
            config.routes.before(signIn::requireSignIn);
            routeTable.install(config.routes);
            HttpErrors.install(config.routes);
        }).start(port);
        LOG.info("event=web_started port={}", app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route this server answers, as the features declared them. */
    public List<RouteTable.Route> routeTable() {
        return routeTable.routes();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
