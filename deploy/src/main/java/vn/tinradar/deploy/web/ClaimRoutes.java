package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.deploy.web.http.Params;

/** Reviewed claims (false or misleading statements) that new articles are matched against. */
final class ClaimRoutes implements WebFeature {

    private final Backends backends;

    ClaimRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/claims",                 VIEWER, ctx -> ctx.json(Map.of("claims", backends.needAnalyze().claims().list())))
              .post("/api/claims",                STAFF,  this::add)
              .post("/api/claims/{id}/withdraw",  STAFF,  this::withdraw);
    }

    private void add(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(backends.needAnalyze().claims()
                .add(Params.jsonBody(ctx, ClaimDraft.class), principal(ctx).name()));
    }

    private void withdraw(Context ctx) {
        ctx.json(backends.needAnalyze().claims().withdraw(ctx.pathParam("id"), principal(ctx).name()));
    }
}
