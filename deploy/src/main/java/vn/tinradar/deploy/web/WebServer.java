package vn.tinradar.deploy.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.tinradar.analyze.query.peer.PeerPaths;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.SameOrigin;
import vn.tinradar.deploy.web.http.SecurityHeaders;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.LoginThrottle;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.SignIn;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.spokes.SpokesNetwork;
import vn.tinradar.deploy.web.users.UserAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a process: dashboard, JSON API, Atom feed, live alerts, {@code /metrics} and
 * {@code /health}. It only assembles the features; each declares its own routes with who may call them, and
 * {@link #routeTable} lists them all. Every request passes, in order: the security headers, the same-origin check
 * of state changes, sign-in, then the route's role check.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Static files reachable before signing in: the login page and what it loads. */
    private static final Set<String> LOGIN_ASSETS = Set.of("/login.html", "/login.js", "/app.css", "/favicon.svg");

    private final SignIn signIn;
    private final SecurityHeaders headers;
    private final SameOrigin sameOrigin;
    private final RouteTable routeTable = new RouteTable();
    private final Set<String> publicRoutes;
    private final ServiceForwarder forwarder;
    private Javalin app;

    /**
     * @param publicUrl where staff reach this server ({@code web.public-url})
     * @param knownUser true for a user name an alert may be assigned to
     */
    public WebServer(Backends backends, UserDirectory users, SessionStore sessions, PrometheusMeterRegistry metrics,
                     AlertStream alertStream, PublicUrl publicUrl, Predicate<String> knownUser, Clock clock) {
        this(backends, users, sessions, metrics, alertStream, publicUrl, knownUser, clock,
                Provinces.defaultProvince());
    }

    /** @param province the configured province, which the dashboard's header names ({@code /api/me}) */
    public WebServer(Backends backends, UserDirectory users, SessionStore sessions, PrometheusMeterRegistry metrics,
                     AlertStream alertStream, PublicUrl publicUrl, Predicate<String> knownUser, Clock clock,
                     Province province) {
        this(backends, users, null, sessions, metrics, alertStream, publicUrl, knownUser, clock, province);
    }

    /**
     * @param userAdmin the accounts admins manage in the dashboard, the same ones {@code users} signs in; null
     *     when this process keeps none (its user routes answer 503)
     */
    public WebServer(Backends backends, UserDirectory users, UserAdmin userAdmin, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, PublicUrl publicUrl,
                     Predicate<String> knownUser, Clock clock, Province province) {
        this(backends, users, userAdmin, sessions, metrics, alertStream, publicUrl, knownUser, clock, province,
                ServiceForwarder.NONE);
    }

    /** @param forwarder answers the routes of the services this process does not run ({@code web.services}) */
    public WebServer(Backends backends, UserDirectory users, UserAdmin userAdmin, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, PublicUrl publicUrl,
                     Predicate<String> knownUser, Clock clock, Province province, ServiceForwarder forwarder) {
        this(backends, users, userAdmin, sessions, metrics, alertStream, publicUrl, knownUser, clock, province,
                forwarder, null, Incidents.NONE);
    }

    /**
     * @param spokes the spokesperson network (directory, response requests), or null when this process does not
     *     run the alerts service (its routes are then forwarded or answer 503)
     * @param incidents the crisis workspace of this process, or {@link Incidents#NONE} (its routes answer 503)
     */
    public WebServer(Backends backends, UserDirectory users, UserAdmin userAdmin, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, PublicUrl publicUrl,
                     Predicate<String> knownUser, Clock clock, Province province, ServiceForwarder forwarder,
                     SpokesNetwork spokes, Incidents incidents) {
        this(backends, users, userAdmin, sessions, metrics, alertStream, publicUrl, knownUser, clock, province,
                forwarder, spokes, incidents, null);
    }

    /** @param tips the tips staff paste ("Tin báo"), or null when this process keeps none (its routes answer 503) */
    public WebServer(Backends backends, UserDirectory users, UserAdmin userAdmin, SessionStore sessions,
                     PrometheusMeterRegistry metrics, AlertStream alertStream, PublicUrl publicUrl,
                     Predicate<String> knownUser, Clock clock, Province province, ServiceForwarder forwarder,
                     SpokesNetwork spokes, Incidents incidents, TipService tips) {
        this.forwarder = forwarder;
        this.signIn = new SignIn(users, sessions, new LoginThrottle(clock), this::needsNoUser, publicUrl.https());
        this.headers = new SecurityHeaders(publicUrl);
        this.sameOrigin = new SameOrigin(publicUrl);
        alertStream.sessionsFrom(sessions::isOpen);
        sessions.onClose(alertStream::sessionClosed);
        List<WebFeature> features = List.of(
                new HealthRoutes(backends, metrics),
                new SignInRoutes(signIn, province),
                new SearchRoutes(backends),
                new StoryRoutes(backends),
                new ClaimRoutes(backends),
                new PolicyRoutes(backends),
                new PeerRoutes(backends),
                new AlertRoutes(backends, alertStream, new AlertActions(knownUser, clock), publicUrl),
                new ReportRoutes(backends),
                new SourceRoutes(backends),
                new UserRoutes(userAdmin, users, signIn),
                new SpokesRoutes(backends, spokes),
                new IncidentRoutes(backends, incidents.service(), incidents.collector(),
                        spokes == null ? null : spokes.desk(), clock),
                new TipRoutes(backends, tips, incidents));
        features.forEach(f -> f.declare(routeTable));
        this.publicRoutes = routeTable.publicPaths();
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
            config.routes.before(headers::apply);
            config.routes.before(sameOrigin::check);
            config.routes.before(signIn::requireSignIn);
            routeTable.install(config.routes);
            HttpErrors.install(config.routes, forwarder);
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

    private boolean needsNoUser(String path) {
        return publicRoutes.contains(path) || LOGIN_ASSETS.contains(path) || path.startsWith(PeerPaths.PREFIX);
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
