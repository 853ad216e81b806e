package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import vn.tinradar.analyze.claims.ClaimDraft;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;
import vn.tinradar.deploy.web.signin.UserDirectory;

/** Reviewed claims (false or misleading statements) that new articles are matched against. */
final class ClaimRoutes implements WebFeature {

    private final Backends backends;

    ClaimRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/claims", ctx -> ctx.json(Map.of("claims", backends.needAnalyze().claims().list())))
              .post("/api/claims", this::add)
              .post("/api/claims/{id}/withdraw", this::withdraw);
    }

    private void add(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(backends.needAnalyze().claims()
                .add(ctx.bodyAsClass(ClaimDraft.class), staff(ctx).name()));
    }

    private void withdraw(Context ctx) {
        ctx.json(backends.needAnalyze().claims().withdraw(ctx.pathParam("id"), staff(ctx).name()));
    }

    /** The signed-in user, who must be allowed to manage what staff manage (admin or staff, not viewer). */
    private static UserDirectory.Principal staff(Context ctx) {
        UserDirectory.Principal p = principal(ctx);
        if (!"admin".equals(p.role()) && !"staff".equals(p.role())) {
            throw new HttpErrors.Forbidden("account " + p.name() + " may only read (role " + p.role() + ")");
        }
        return p;
    }
}
