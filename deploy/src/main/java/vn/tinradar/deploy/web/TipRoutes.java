package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.function.Supplier;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.Tip;
import vn.tinradar.common.event.TipStoryMatch;
import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentForms;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.tip.TipForms;
import vn.tinradar.deploy.tip.TipLog;
import vn.tinradar.deploy.tip.TipService;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;

/**
 * Tips from staff ("Tin báo"): submit a URL or a text, list them by status, read one with its analysis, change its
 * status, handler and notes, turn it into a reviewed claim or link it to an incident. Reading needs a viewer,
 * every change a staff account; submitting and making a claim need analyze (forwarded where it runs).
 */
final class TipRoutes implements WebFeature {

    private final Backends backends;
    private final TipService tips;
    private final Incidents incidents;

    /** @param tips null when this process keeps no tips (its routes answer 503) */
    TipRoutes(Backends backends, TipService tips, Incidents incidents) {
        this.backends = backends;
        this.tips = tips;
        this.incidents = incidents;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/tips",                    VIEWER, ctx -> ctx.json(Map.of("tips",
                      service().list(ctx.queryParam("status")))))
              .get("/api/tips/{id}",               VIEWER, ctx -> ctx.json(service().get(ctx.pathParam("id"))))
              .get("/api/tips/{id}/claim-draft",   STAFF,  ctx -> ctx.json(service().claimDraft(ctx.pathParam("id"))))
              .post("/api/tips",                   STAFF,  this::submit)
              .post("/api/tips/{id}",              STAFF,  this::change)
              .post("/api/tips/{id}/claim",        STAFF,  this::toClaim)
              .post("/api/tips/{id}/incident",     STAFF,  this::toIncident);
    }

    private void submit(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(service().submit(Params.jsonBody(ctx, TipForms.Submit.class),
                principal(ctx).name()));
    }

    private void change(Context ctx) {
        stored(ctx, () -> service().change(ctx.pathParam("id"), Params.jsonBody(ctx, TipForms.Change.class),
                principal(ctx).name()));
    }

    /** Stores the claim staff completed from the tip's draft, then records it on the tip. */
    private void toClaim(Context ctx) {
        Tip tip = service().get(ctx.pathParam("id"));
        ClaimDraft draft = Params.jsonBody(ctx, ClaimDraft.class);
        Claim claim = backends.needAnalyze().claims().add(draft, principal(ctx).name());
        stored(ctx, () -> service().claimed(tip.id(), claim.id(), principal(ctx).name()));
    }

    /**
     * Links the tip to an incident: the one named, or one opened on the story given or, without either, on the
     * story the tip resembles most.
     */
    private void toIncident(Context ctx) {
        Tip tip = service().get(ctx.pathParam("id"));
        TipForms.IncidentLink link = Params.jsonBody(ctx, TipForms.IncidentLink.class);
        IncidentService workspace = HttpErrors.need(incidents.service(), "incidents");
        String incidentId;
        if (link.incidentId() != null && !link.incidentId().isBlank()) {
            incidentId = workspace.get(link.incidentId().strip()).id();
        } else {
            String storyId = link.storyId() != null && !link.storyId().isBlank() ? link.storyId().strip()
                    : bestStory(tip);
            Incident opened = workspace.open(new IncidentForms.Open(null, storyId, null), principal(ctx).name());
            IncidentCollector collector = incidents.collector();
            if (collector != null) {
                collector.collect(opened.id());
            }
            incidentId = opened.id();
        }
        stored(ctx, () -> service().linkedToIncident(tip.id(), incidentId, principal(ctx).name()));
    }

    private static String bestStory(Tip tip) {
        if (tip.analysis() == null || tip.analysis().stories().isEmpty()) {
            throw new IllegalArgumentException("Tin báo " + tip.id() + " không giống sự kiện nào: hãy chọn sự kiện "
                    + "(storyId) hoặc sự cố (incidentId) để liên kết");
        }
        TipStoryMatch best = tip.analysis().stories().get(0);
        return best.storyId();
    }

    /** Answers the changed tip, or 409 with the sentence the page shows when another change came first. */
    private static void stored(Context ctx, Supplier<Tip> change) {
        try {
            ctx.json(change.get());
        } catch (TipLog.StaleChange e) {
            HttpErrors.error(ctx, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private TipService service() {
        return HttpErrors.need(tips, "tips");
    }
}
