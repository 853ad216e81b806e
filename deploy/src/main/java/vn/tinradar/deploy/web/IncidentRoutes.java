package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.tinradar.alerts.spokes.ResponseDesk;
import vn.tinradar.alerts.view.AuditEntry;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.deploy.incident.Coverage;
import vn.tinradar.deploy.incident.IncidentCharts;
import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentDocx;
import vn.tinradar.deploy.incident.IncidentForms;
import vn.tinradar.deploy.incident.IncidentLog;
import vn.tinradar.deploy.incident.IncidentPdf;
import vn.tinradar.deploy.incident.IncidentReport;
import vn.tinradar.deploy.incident.IncidentRequests;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.incident.IncidentTimeline;
import vn.tinradar.deploy.incident.ResponseEffect;
import vn.tinradar.deploy.incident.TimelineEntry;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;

/**
 * The crisis workspace ("Sự cố"): incidents opened from an alert or a story, their timeline with the alerts of
 * their stories and the staff actions on them, the charts of coverage and tone around each response, the changes
 * staff make, and the report as PDF or DOCX. Reading needs a viewer, changing a staff account.
 */
final class IncidentRoutes implements WebFeature {

    private static final String NOT_HERE = "incidents";

    private final Backends backends;
    private final IncidentService incidents;
    private final IncidentCollector collector;
    private final ResponseDesk desk;
    private final Clock clock;

    /**
     * @param incidents null when this process keeps no incidents (its routes answer 503)
     * @param collector null when this process does not run analyze (the incidents collect elsewhere)
     * @param desk the requests for an official response, or null when this process does not run alerts
     */
    IncidentRoutes(Backends backends, IncidentService incidents, IncidentCollector collector, ResponseDesk desk,
                   Clock clock) {
        this.backends = backends;
        this.incidents = incidents;
        this.collector = collector;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/incidents",                          VIEWER, this::list)
              .get("/api/incidents/{id}",                     VIEWER, this::detail)
              .get("/api/incidents/{id}/coverage.png",        VIEWER, this::coverageChart)
              .get("/api/incidents/{id}/tone.png",            VIEWER, this::toneChart)
              .get("/api/incidents/{id}/report.pdf",          VIEWER, this::pdf)
              .get("/api/incidents/{id}/report.docx",         VIEWER, this::docx)
              .post("/api/incidents",                         STAFF,  this::open)
              .post("/api/incidents/{id}/tasks",              STAFF,  this::addTask)
              .post("/api/incidents/{id}/tasks/{task}/done",  STAFF,  this::finishTask)
              .post("/api/incidents/{id}/handovers",          STAFF,  this::handover)
              .post("/api/incidents/{id}/responses",          STAFF,  this::respond)
              .post("/api/incidents/{id}/close",              STAFF,  this::close);
    }

    /** Each incident without its articles and log: what the list shows. */
    private void list(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Incident i : service().list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("title", i.title());
            m.put("status", i.status());
            m.put("openedBy", i.openedBy());
            m.put("openedAt", i.openedAt());
            m.put("openedFrom", i.openedFrom());
            m.put("openedFromId", i.openedFromId());
            m.put("storyIds", i.storyIds());
            m.put("articles", i.articles().size());
            m.put("responses", i.responses().size());
            m.put("openTasks", i.tasks().stream().filter(t -> !t.done()).count());
            out.add(m);
        }
        ctx.json(Map.of("incidents", out));
    }

    private void detail(Context ctx) {
        Incident i = service().get(ctx.pathParam("id"));
        boolean newestFirst = !"oldest".equals(ctx.queryParam("order"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", i);
        List<ResponseRequest> requests = requests(i);
        body.put("timeline", timeline(i, requests, newestFirst));
        body.put("requests", requests.stream().map(r -> SpokesRoutes.view(r, clock.instant())).toList());
        body.put("requestsKnown", desk != null);
        body.put("effects", ResponseEffect.of(i, clock.instant()));
        body.put("claims", reviewedClaims(i));
        body.put("alertsKnown", backends.alerts() != null);
        ctx.json(body);
    }

    private void coverageChart(Context ctx) {
        png(ctx, IncidentCharts.coverage(Coverage.of(service().get(ctx.pathParam("id")))));
    }

    private void toneChart(Context ctx) {
        Incident i = service().get(ctx.pathParam("id"));
        png(ctx, IncidentCharts.tone(ResponseEffect.of(i, clock.instant())));
    }

    private void pdf(Context ctx) throws IOException {
        IncidentReport report = report(ctx.pathParam("id"));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"su-co-" + report.incident().id() + ".pdf\"")
                .result(IncidentPdf.render(report));
    }

    private void docx(Context ctx) throws IOException {
        IncidentReport report = report(ctx.pathParam("id"));
        ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=\"su-co-" + report.incident().id() + ".docx\"")
                .result(IncidentDocx.render(report));
    }

    private void open(Context ctx) {
        Incident opened = service().open(Params.jsonBody(ctx, IncidentForms.Open.class), principal(ctx).name());
        if (collector != null) {
            collector.collect(opened.id());
        }
        ctx.status(HttpStatus.CREATED).json(service().get(opened.id()));
    }

    private void addTask(Context ctx) {
        change(ctx, () -> service().addTask(ctx.pathParam("id"), Params.jsonBody(ctx, IncidentForms.Task.class),
                principal(ctx).name()));
    }

    private void finishTask(Context ctx) {
        change(ctx, () -> service().finishTask(ctx.pathParam("id"), ctx.pathParam("task"), principal(ctx).name()));
    }

    private void handover(Context ctx) {
        change(ctx, () -> service().handover(ctx.pathParam("id"), Params.jsonBody(ctx, IncidentForms.Handover.class),
                principal(ctx).name()));
    }

    private void respond(Context ctx) {
        change(ctx, () -> service().respond(ctx.pathParam("id"), Params.jsonBody(ctx, IncidentForms.Response.class),
                principal(ctx).name()));
    }

    private void close(Context ctx) {
        change(ctx, () -> service().close(ctx.pathParam("id"), Params.jsonBody(ctx, IncidentForms.Close.class),
                principal(ctx).name()));
    }

    /** Answers the changed incident, or 409 with the Vietnamese sentence the page shows when another came first. */
    private static void change(Context ctx, Supplier<Incident> change) {
        try {
            ctx.json(change.get());
        } catch (IncidentLog.StaleChange e) {
            HttpErrors.error(ctx, HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private IncidentReport report(String id) {
        Incident i = service().get(id);
        List<ResponseRequest> requests = requests(i);
        return IncidentReport.of(i, timeline(i, requests, false), requests, clock.instant());
    }

    /** The merged timeline; without the alerts service in this process, without its alerts and their actions. */
    private List<TimelineEntry> timeline(Incident i, List<ResponseRequest> requests, boolean newestFirst) {
        List<Alert> alerts = List.of();
        List<AuditEntry> actions = new ArrayList<>();
        if (backends.alerts() != null) {
            alerts = backends.alerts().lifecycle().alerts(null).stream()
                    .filter(a -> IncidentTimeline.concerns(i, a)).toList();
            alerts.forEach(a -> actions.addAll(backends.alerts().lifecycle().audit(a.id())));
        }
        return IncidentTimeline.of(i, alerts, actions, requests, newestFirst);
    }

    /** The requests of the incident's alerts and stories, from the spokes side; none without it in this process. */
    private List<ResponseRequest> requests(Incident i) {
        return desk == null ? List.of() : IncidentRequests.of(i, desk.all());
    }

    /** The reviewed claims the incident's articles repeat, as the claims store holds them (verdict, who, where). */
    private List<Claim> reviewedClaims(Incident i) {
        if (backends.analyze() == null) {
            return List.of();
        }
        Set<String> repeated = new HashSet<>();
        i.articles().forEach(a -> repeated.addAll(a.falseClaims()));
        return backends.analyze().claims().list().stream().filter(c -> repeated.contains(c.claimReviewed())).toList();
    }

    private static void png(Context ctx, Optional<byte[]> png) {
        ctx.contentType("image/png").result(png.orElseThrow(() ->
                new NoSuchElementException("nothing to draw yet: no articles or no responses")));
    }

    private IncidentService service() {
        return HttpErrors.need(incidents, NOT_HERE);
    }
}
