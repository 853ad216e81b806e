package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.ADMIN;
import static vn.tinradar.deploy.web.signin.Access.PUBLIC;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.signin.SignIn;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.users.UserAdmin;
import vn.tinradar.deploy.web.users.UserBook;
import vn.tinradar.deploy.web.users.UserLog;

/**
 * Accounts managed in the dashboard, for admins only: list them with the config file's, add one, change its role,
 * disable or enable it, reset its password, read the audit trail. {@code POST /password} is where a person whose
 * password was reset chooses a new one, proving the temporary one. Without a user store every route answers 503.
 */
final class UserRoutes implements WebFeature {

    private static final Logger LOG = LoggerFactory.getLogger(UserRoutes.class);

    /** A new account as the admin page sends it. */
    record NewAccount(String name, String role, String password) {
    }

    /** A role change as the admin page sends it. */
    record RoleChange(String role) {
    }

    /** A person's new password after a reset, with the temporary one the admin gave them. */
    record PasswordChoice(String username, String password, String newPassword) {
    }

    private final UserAdmin admin;
    private final UserDirectory directory;
    private final SignIn signIn;

    /** @param admin the managed accounts, or null when this process keeps none (the routes then answer 503) */
    UserRoutes(UserAdmin admin, UserDirectory directory, SignIn signIn) {
        this.admin = admin;
        this.directory = directory;
        this.signIn = signIn;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/users",                      ADMIN,  this::list)
              .post("/api/users",                     ADMIN,  this::add)
              .get("/api/users/audit",                ADMIN,  ctx -> ctx.json(Map.of("changes", need().book().changes())))
              .post("/api/users/{name}/role",         ADMIN,  this::changeRole)
              .post("/api/users/{name}/disable",      ADMIN,  this::disable)
              .post("/api/users/{name}/enable",       ADMIN,  this::enable)
              .post("/api/users/{name}/reset",        ADMIN,  this::reset)
              .post("/password",                      PUBLIC, this::choosePassword);
    }

    private void list(Context ctx) {
        List<Map<String, Object>> users = new ArrayList<>();
        UserBook book = need().book();
        for (UserDirectory.Principal p : directory.configAccounts()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("name", p.name());
            u.put("source", "config");
            u.put("role", p.role());
            users.add(u);
        }
        book.all().stream().filter(a -> !admin.inConfigFile(a.name())).map(UserRoutes::view)
                .forEach(users::add);
        ctx.json(Map.of("users", users));
    }

    private void add(Context ctx) {
        NewAccount body = Params.jsonBody(ctx, NewAccount.class);
        UserAccount a = stored(() -> need().add(by(ctx), body.name(), body.role(), body.password()));
        LOG.info("event=user_added by={} user={} role={}", by(ctx), a.name(), a.role());
        ctx.status(HttpStatus.CREATED).json(view(a));
    }

    private void changeRole(Context ctx) {
        String role = Params.jsonBody(ctx, RoleChange.class).role();
        UserAccount a = stored(() -> need().changeRole(by(ctx), name(ctx), role));
        LOG.info("event=user_role_changed by={} user={} role={}", by(ctx), a.name(), a.role());
        ctx.json(view(a));
    }

    private void disable(Context ctx) {
        UserAccount a = stored(() -> need().disable(by(ctx), name(ctx)));
        LOG.info("event=user_disabled by={} user={}", by(ctx), a.name());
        ctx.json(view(a));
    }

    private void enable(Context ctx) {
        UserAccount a = stored(() -> need().enable(by(ctx), name(ctx)));
        LOG.info("event=user_enabled by={} user={}", by(ctx), a.name());
        ctx.json(view(a));
    }

    private void reset(Context ctx) {
        String temporary = stored(() -> need().resetPassword(by(ctx), name(ctx)));
        LOG.info("event=user_password_reset by={} user={}", by(ctx), name(ctx));
        ctx.json(Map.of("name", name(ctx), "temporaryPassword", temporary));
    }

    private void choosePassword(Context ctx) {
        PasswordChoice body = Params.jsonBody(ctx, PasswordChoice.class);
        need();
        String name = body.username() == null ? "" : body.username().strip().toLowerCase(Locale.ROOT);
        if (signIn.verifyPassword(ctx, name, body.password()).isEmpty() || !directory.mustChangePassword(name)) {
            // the same answer whether the name, the password or the account's state is wrong
            HttpErrors.error(ctx, HttpStatus.FORBIDDEN,
                    "Tên đăng nhập hoặc mật khẩu tạm không đúng, hoặc mật khẩu chưa được đặt lại.");
            return;
        }
        stored(() -> admin.choosePassword(name, body.newPassword()));
        LOG.info("event=user_password_chosen user={}", name);
        ctx.json(Map.of("name", name, "changed", true));
    }

    /** Runs a change; one the broker did not take is a 503 the admin can read, and nothing was changed here. */
    private static <T> T stored(Supplier<T> change) {
        try {
            return change.get();
        } catch (UserLog.NotStored e) {
            LOG.warn("event=user_change_not_stored error=\"{}\"", e.getMessage());
            throw new HttpErrors.ServiceUnavailable("Chưa lưu được thay đổi, hãy thử lại sau ít phút (" + e.getMessage()
                    + ").");
        }
    }

    private UserAdmin need() {
        return HttpErrors.need(admin, "user management");
    }

    private static String by(Context ctx) {
        return principal(ctx).name();
    }

    private static String name(Context ctx) {
        return ctx.pathParam("name");
    }

    /** An account as admins see it: never its hash. */
    private static Map<String, Object> view(UserAccount a) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("name", a.name());
        u.put("source", "dashboard");
        u.put("role", a.role());
        u.put("disabled", a.disabled());
        u.put("mustChangePassword", a.mustChangePassword());
        u.put("changedAt", a.changedAt());
        u.put("changedBy", a.changedBy());
        return u;
    }
}
