package vn.tinradar.deploy.web.signin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is asking: a session cookie for the browser, HTTP Basic for scripts. {@link #requireSignIn} runs before
 * every route and lets through only the public paths without a signed-in user; {@link #login} and {@link #logout}
 * answer the sign-in form.
 */
public final class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
    public static final String SESSION_COOKIE = "tinradar_session";
    private static final String PRINCIPAL = "principal";

    private final UserDirectory users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final Set<String> publicPaths;
    private final String publicPrefix;

    /**
     * @param publicPaths paths anyone may reach (health, metrics, the login page and its assets)
     * @param publicPrefix paths under it are signed otherwise (the peer protocol), not by a user
     */
    public SignIn(UserDirectory users, SessionStore sessions, LoginThrottle throttle, Set<String> publicPaths,
                  String publicPrefix) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.publicPaths = Set.copyOf(publicPaths);
        this.publicPrefix = publicPrefix;
    }

    /** The signed-in user of a request that passed {@link #requireSignIn}. */
    public static UserDirectory.Principal principal(Context ctx) {
        UserDirectory.Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("route reached without a signed-in user");
        }
        return p;
    }

    public void requireSignIn(Context ctx) {
        if (publicPaths.contains(ctx.path()) || ctx.path().startsWith(publicPrefix)) {
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
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "sign in first (session cookie or HTTP Basic)"));
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

    public void login(Context ctx) {
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

    public void logout(Context ctx) {
        sessions.close(ctx.cookie(SESSION_COOKIE));
        ctx.removeCookie(SESSION_COOKIE, "/");
        ctx.redirect("/login.html", HttpStatus.FOUND);
    }

    public void me(Context ctx) {
        ctx.json(principal(ctx));
    }

    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}
