package vn.tinradar.deploy.web.signin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import vn.tinradar.deploy.web.http.AccessDenied;
import vn.tinradar.deploy.web.http.HttpErrors;
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
    public static final String FORM_TOKEN_HEADER = "X-CSRF-Token";
    public static final String FORM_TOKEN_FIELD = "csrf";
    static final int PARALLEL_CHECKS = 2;
    private static final String MUST_CHANGE = "Mật khẩu của tài khoản đã được quản trị đặt lại: hãy đăng nhập "
            + "trên trang web để chọn mật khẩu mới.";

    private final UserDirectory users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final Predicate<String> needsNoUser;
    private final boolean secureCookie;
    private final Semaphore passwordChecks = new Semaphore(PARALLEL_CHECKS);

    /**
     * @param needsNoUser true for the paths reached without a signed-in user: health, metrics, the login page and
     *     its assets, and the peer protocol (signed otherwise)
     * @param secureCookie whether the session cookie is only sent over https (the public URL is https)
     */
    public SignIn(UserDirectory users, SessionStore sessions, LoginThrottle throttle, Predicate<String> needsNoUser,
                  boolean secureCookie) {
        this.secureCookie = secureCookie;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.needsNoUser = needsNoUser;
    }

    /**
     * The one role check, run before every route: a route for a role needs a signed-in user holding that role or a
     * higher one, else {@link AccessDenied} (403) with a Vietnamese message.
     */
    public static void requireAccess(Context ctx, Access access) {
        if (access.role() == null) {
            return;
        }
        UserDirectory.Principal p = principal(ctx);
        if (!p.level().includes(access.role())) {
            throw new AccessDenied("Tài khoản " + p.name() + " (" + p.level().vietnamese()
                    + ") không có quyền thực hiện thao tác này; cần quyền " + access.role().vietnamese() + ".");
        }
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
        if (needsNoUser.test(ctx.path())) {
            return;
        }
        String session = ctx.cookie(SESSION_COOKIE);
        Optional<UserDirectory.Principal> bySession = sessions.find(session).flatMap(users::current);
        if (bySession.isEmpty() && sessions.isOpen(session)) {
            // disabled, reset or removed by an admin since signing in, on this instance or another
            sessions.close(session);
        }
        if (bySession.isPresent()) {
            if (changesState(ctx) && !formTokenMatches(ctx, session)) {
                refuse(ctx, HttpStatus.FORBIDDEN, "Thiếu hoặc sai mã chống giả mạo của phiên (X-CSRF-Token). "
                        + "Hãy tải lại trang rồi thử lại.");
                return;
            }
            ctx.attribute(PRINCIPAL, bySession.get());
            return;
        }
        Optional<UserDirectory.Principal> byBasic;
        try {
            byBasic = basicAuth(ctx);
        } catch (Throttled t) {
            ctx.header("Retry-After", String.valueOf(t.seconds()));
            refuse(ctx, HttpStatus.TOO_MANY_REQUESTS, t.getMessage());
            return;
        }
        if (byBasic.isPresent() && users.mustChangePassword(byBasic.get().name())) {
            refuse(ctx, HttpStatus.FORBIDDEN, MUST_CHANGE);
            return;
        }
        if (byBasic.isPresent()) {
            ctx.attribute(PRINCIPAL, byBasic.get());
            return;
        }
        boolean browserPage = ctx.path().equals("/") || ctx.path().endsWith(".html");
        if (browserPage) {
            ctx.redirect("/login.html", HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.header("Sec-Fetch-Site") == null) {
            // only scripts get the Basic challenge; a browser would pop up its own login box
            ctx.header("WWW-Authenticate", "Basic realm=\"TinRadar\", charset=\"UTF-8\"");
        }
        refuse(ctx, HttpStatus.UNAUTHORIZED, "sign in first (session cookie or HTTP Basic)");
    }

    private boolean formTokenMatches(Context ctx, String session) {
        String sent = ctx.header(FORM_TOKEN_HEADER);
        if (sent == null && ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded")) {
            sent = ctx.formParam(FORM_TOKEN_FIELD);
        }
        String expected = sessions.formToken(session).orElse(null);
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
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
        return check(ctx.ip(), decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /**
     * Checks a password unless the throttle says to wait, and at most {@value #PARALLEL_CHECKS} at a time: each
     * check costs a bcrypt hash, so neither guesses nor made-up names can take the processor from real work.
     */
    private Optional<UserDirectory.Principal> check(String address, String name, String password) {
        Duration wait = throttle.claim(address, name);
        if (!wait.isZero()) {
            LOG.info("event=login_throttled address={} user={} wait_s={}", address, safe(name), seconds(wait));
            throw new Throttled(seconds(wait));
        }
        boolean acquired;
        try {
            acquired = passwordChecks.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            LOG.info("event=login_busy address={} user={}", address, safe(name));
            throw new Throttled(1);
        }
        try {
            Optional<UserDirectory.Principal> who = users.authenticate(name, password);
            if (who.isPresent()) {
                throttle.succeeded(address, name);
            }
            return who;
        } finally {
            passwordChecks.release();
        }
    }

    public void login(Context ctx) {
        String name = ctx.formParam("username");
        Optional<UserDirectory.Principal> who;
        try {
            who = check(ctx.ip(), name, ctx.formParam("password"));
        } catch (Throttled t) {
            ctx.redirect("/login.html?error=wait&seconds=" + t.seconds(), HttpStatus.FOUND);
            return;
        }
        if (who.isEmpty()) {
            LOG.info("event=login_failed address={} user={}", ctx.ip(), safe(name));
            ctx.redirect("/login.html?error=1", HttpStatus.FOUND);
            return;
        }
        if (users.mustChangePassword(who.get().name())) {
            LOG.info("event=login_must_change_password user={}", who.get().name());
            ctx.redirect("/login.html?change=1&user=" + URLEncoder.encode(who.get().name(), StandardCharsets.UTF_8),
                    HttpStatus.FOUND);
            return;
        }
        Cookie cookie = new Cookie(SESSION_COOKIE, sessions.open(who.get()));
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(secureCookie);
        cookie.setMaxAge((int) sessions.lifetime().toSeconds());
        ctx.cookie(cookie);
        LOG.info("event=login user={}", who.get().name());
        ctx.redirect("/", HttpStatus.FOUND);
    }

    /**
     * Checks a person's password as sign-in does, throttled the same way, for a route that asks for it again
     * (choosing a new password after a reset); a client that must wait gets 429.
     */
    public Optional<UserDirectory.Principal> verifyPassword(Context ctx, String name, String password) {
        try {
            return check(ctx.ip(), name, password);
        } catch (Throttled t) {
            ctx.header("Retry-After", String.valueOf(t.seconds()));
            throw new HttpErrors.TooManyRequests(t.getMessage());
        }
    }

    public void logout(Context ctx) {
        try {
            sessions.close(ctx.cookie(SESSION_COOKIE));
        } catch (IllegalStateException e) {
            // the session would stay valid on the other instances: keep the cookie so that the user can try again
            LOG.warn("event=logout_not_recorded error=\"{}\"", String.valueOf(e.getMessage()).replace('"', '\''));
            refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Chưa đăng xuất được trên mọi máy chủ (không ghi được phiên "
                    + "đã kết thúc); vui lòng thử lại sau ít phút.");
            return;
        }
        ctx.removeCookie(SESSION_COOKIE, "/");
        ctx.redirect("/login.html", HttpStatus.FOUND);
    }

    /** Who is signed in, their form token, and {@code about} (what the dashboard shows around the user). */
    public void me(Context ctx, Map<String, ?> about) {
        UserDirectory.Principal p = principal(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", p.name());
        body.put("role", p.role());
        body.putAll(about);
        sessions.formToken(ctx.cookie(SESSION_COOKIE)).ifPresent(t -> body.put("csrfToken", t));
        ctx.json(body);
    }

    private static boolean changesState(Context ctx) {
        String m = ctx.method().name();
        return m.equals("POST") || m.equals("PUT") || m.equals("PATCH") || m.equals("DELETE");
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
        ctx.skipRemainingHandlers();
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** The throttle asks this client to wait before another password check. */
    private static final class Throttled extends RuntimeException {
        private final long seconds;

        Throttled(long seconds) {
            super("Đăng nhập sai nhiều lần: vui lòng chờ " + seconds + " giây rồi thử lại.", null, false, false);
            this.seconds = seconds;
        }

        long seconds() {
            return seconds;
        }
    }

    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}
