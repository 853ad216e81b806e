package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import java.util.Map;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;

/** The alerts staff watch and act on: the list, the actions, the Atom feed and the live stream. */
final class AlertRoutes implements WebFeature {

    private final Backends backends;
    private final AlertStream alertStream;
    private final String configuredBaseUrl;

    /** @param baseUrl how links in the Atom feed start; blank: from the request */
    AlertRoutes(Backends backends, AlertStream alertStream, String baseUrl) {
        this.backends = backends;
        this.alertStream = alertStream;
        this.configuredBaseUrl = baseUrl == null ? "" : baseUrl;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/alerts", this::list)
              .post("/api/alerts/{id}/ack", this::acknowledge)
              .post("/api/alerts/{id}/resolve", this::resolve)
              .post("/api/alerts/{id}/assign", this::assign)
              .post("/api/alerts/{id}/silence", this::silence)
              .get("/alerts.atom", this::atom)
              .sse("/api/stream", alertStream::join);
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        ctx.json(Map.of("alerts", backends.needAlerts()
                .alerts(status == null || status.isBlank() ? null : AlertStatus.fromId(status))));
    }

    private void acknowledge(Context ctx) {
        ctx.json(backends.needAlerts().acknowledge(ctx.pathParam("id"), principal(ctx).name()));
    }

    private void resolve(Context ctx) {
        ctx.json(backends.needAlerts().resolve(ctx.pathParam("id"), principal(ctx).name()));
    }

    private void assign(Context ctx) {
        ctx.json(backends.needAlerts().assign(ctx.pathParam("id"), Params.param(ctx, "assignee"),
                AlertActions.deadline(Params.param(ctx, "due")), principal(ctx).name()));
    }

    private void silence(Context ctx) {
        ctx.json(backends.needAlerts().silence(AlertActions.silenceOf(ctx.pathParam("id"), principal(ctx).name(),
                Params.param(ctx, "reason")), AlertActions.minutes(Params.param(ctx, "minutes"))));
    }

    private void atom(Context ctx) {
        String base = configuredBaseUrl.isBlank() ? ctx.scheme() + "://" + ctx.host() : configuredBaseUrl;
        ctx.contentType("application/atom+xml; charset=utf-8").result(backends.needAlerts().atomFeed(base));
    }
}
