package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.time.Instant;
import java.util.Map;
import vn.tinradar.alerts.delivery.Silences;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.http.PublicUrl;

/** The alerts staff watch and act on: the list, the actions, the Atom feed and the live stream. */
final class AlertRoutes implements WebFeature {

    private final Backends backends;
    private final AlertStream alertStream;
    private final AlertActions actions;
    private final PublicUrl publicUrl;

    /** @param publicUrl how links in the Atom feed start, whatever Host the request names */
    AlertRoutes(Backends backends, AlertStream alertStream, AlertActions actions, PublicUrl publicUrl) {
        this.backends = backends;
        this.alertStream = alertStream;
        this.actions = actions;
        this.publicUrl = publicUrl;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/alerts",                 VIEWER, this::list)
              .get("/api/alerts/{id}/audit",      VIEWER, this::audit)
              .post("/api/alerts/{id}/ack",       STAFF,  this::acknowledge)
              .post("/api/alerts/{id}/resolve",   STAFF,  this::resolve)
              .post("/api/alerts/{id}/assign",    STAFF,  this::assign)
              .post("/api/alerts/{id}/silence",   STAFF,  this::silence)
              .get("/alerts.atom",                VIEWER, this::atom)
              .get("/api/stream",                 VIEWER, this::stream);
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        ctx.json(Map.of("alerts", backends.needAlerts().lifecycle()
                .alerts(status == null || status.isBlank() ? null : AlertStatus.fromId(status))));
    }

    /** Every staff action on the alert, oldest first: who acknowledged, assigned, silenced or resolved it, and when. */
    private void audit(Context ctx) {
        ctx.json(Map.of("audit", backends.needAlerts().lifecycle().audit(ctx.pathParam("id"))));
    }

    private void acknowledge(Context ctx) {
        ctx.json(backends.needAlerts().lifecycle().acknowledge(ctx.pathParam("id"), principal(ctx).name()));
    }

    private void resolve(Context ctx) {
        ctx.json(backends.needAlerts().lifecycle().resolve(ctx.pathParam("id"), principal(ctx).name()));
    }

    private void assign(Context ctx) {
        String id = ctx.pathParam("id");
        Instant due = AlertActions.deadline(Params.param(ctx, "due"));
        String assignee = actions.assignee(id, Params.param(ctx, "assignee"));
        ctx.json(backends.needAlerts().lifecycle().assign(id, assignee, due, principal(ctx).name()));
    }

    private void silence(Context ctx) {
        long minutes = Params.number(ctx, "minutes", Silences.MIN_MINUTES, Silences.MAX_MINUTES, null);
        ctx.json(backends.needAlerts().delivery().silence(AlertActions.silenceOf(ctx.pathParam("id"), principal(ctx).name(),
                Params.param(ctx, "reason")), minutes));
    }

    private void atom(Context ctx) {
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(backends.needAlerts().lifecycle().atomFeed(publicUrl.base()));
    }

    private void stream(Context ctx) throws Exception {
        if (!alertStream.fed()) {
            // held open here it would stay silent: it is forwarded to an instance that runs alerts, or refused
            throw new HttpErrors.ServiceUnavailable("alerts", "the alerts service does not run in this process");
        }
        alertStream.admit(ctx);
        new SseHandler(alertStream::join).handle(ctx);
    }
}
