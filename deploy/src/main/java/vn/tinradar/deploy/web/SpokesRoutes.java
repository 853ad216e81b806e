package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.ADMIN;
import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.spokes.AgencyDraft;
import vn.tinradar.alerts.spokes.DirectoryAdmin;
import vn.tinradar.alerts.spokes.DirectoryCsv;
import vn.tinradar.alerts.spokes.PersonDraft;
import vn.tinradar.alerts.spokes.RequestDraft;
import vn.tinradar.alerts.spokes.ResponseDesk;
import vn.tinradar.alerts.spokes.ResponseDraft;
import vn.tinradar.alerts.spokes.SpokesLog;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.spokes.SpokesNetwork;

/**
 * The spokesperson network (issue 14): the directory of agencies and spokespersons, which admins manage and import
 * from CSV; the agencies that answer for an alert, with why; the requests for an official response staff make from
 * an alert and the responses they record. Runs where the alerts service does; elsewhere the routes are forwarded
 * there ({@code web.services}) or answer 503.
 */
final class SpokesRoutes implements WebFeature {

    private static final Logger LOG = LoggerFactory.getLogger(SpokesRoutes.class);

    /** A CSV file as the dashboard sends it, read in the browser. */
    record CsvUpload(String csv) {
    }

    private final Backends backends;
    private final SpokesNetwork network;

    /** @param network the spokesperson network, or null when this process does not run the alerts service */
    SpokesRoutes(Backends backends, SpokesNetwork network) {
        this.backends = backends;
        this.network = network;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/spokes",                          VIEWER, this::directory)
              .post("/api/spokes/agencies",                ADMIN,  this::addAgency)
              .post("/api/spokes/agencies/{id}",           ADMIN,  this::editAgency)
              .delete("/api/spokes/agencies/{id}",         ADMIN,  this::removeAgency)
              .post("/api/spokes/persons",                 ADMIN,  this::addPerson)
              .post("/api/spokes/persons/{id}",            ADMIN,  this::editPerson)
              .delete("/api/spokes/persons/{id}",          ADMIN,  this::removePerson)
              .post("/api/spokes/import",                  ADMIN,  this::importCsv)
              .get("/api/alerts/{id}/agencies",            VIEWER, this::responsible)
              .post("/api/alerts/{id}/responses",          STAFF,  this::request)
              .get("/api/responses",                       VIEWER, this::requests)
              .post("/api/responses/{id}/answer",          STAFF,  this::answer);
    }

    /** Every agency with its place's name and its spokespersons, and what the forms offer (topics, channels). */
    private void directory(Context ctx) {
        SpokesNetwork n = need();
        ctx.json(Map.of("agencies", n.admin().directory().agencies().stream().map(a -> agencyView(n, a)).toList(),
                "topics", new TreeMap<>(n.topicNames()),
                "channels", ResponseDesk.CHANNELS.stream().sorted().toList(),
                "csvHeader", DirectoryCsv.HEADER));
    }

    private static Map<String, Object> agencyView(SpokesNetwork n, Agency a) {
        return Map.of("agency", a, "placeName", n.placeName(a.placeId()),
                "persons", n.admin().directory().personsOf(a.id()));
    }

    private void addAgency(Context ctx) {
        AgencyDraft d = Params.jsonBody(ctx, AgencyDraft.class);
        Agency a = stored(() -> need().admin().addAgency(d, by(ctx)));
        LOG.info("event=agency_added by={} agency={}", by(ctx), a.id());
        ctx.status(HttpStatus.CREATED).json(a);
    }

    private void editAgency(Context ctx) {
        AgencyDraft d = Params.jsonBody(ctx, AgencyDraft.class);
        Agency a = stored(() -> need().admin().editAgency(ctx.pathParam("id"), d, by(ctx)));
        LOG.info("event=agency_changed by={} agency={}", by(ctx), a.id());
        ctx.json(a);
    }

    private void removeAgency(Context ctx) {
        String id = ctx.pathParam("id");
        stored(() -> {
            need().admin().removeAgency(id);
            return id;
        });
        LOG.info("event=agency_removed by={} agency={}", by(ctx), id);
        ctx.json(Map.of("removed", id));
    }

    private void addPerson(Context ctx) {
        PersonDraft d = Params.jsonBody(ctx, PersonDraft.class);
        Spokesperson p = stored(() -> need().admin().addPerson(d, by(ctx)));
        LOG.info("event=spokesperson_added by={} person={}", by(ctx), p.id());
        ctx.status(HttpStatus.CREATED).json(p);
    }

    private void editPerson(Context ctx) {
        PersonDraft d = Params.jsonBody(ctx, PersonDraft.class);
        Spokesperson p = stored(() -> need().admin().editPerson(ctx.pathParam("id"), d, by(ctx)));
        LOG.info("event=spokesperson_changed by={} person={}", by(ctx), p.id());
        ctx.json(p);
    }

    private void removePerson(Context ctx) {
        String id = ctx.pathParam("id");
        stored(() -> {
            need().admin().removePerson(id);
            return id;
        });
        LOG.info("event=spokesperson_removed by={} person={}", by(ctx), id);
        ctx.json(Map.of("removed", id));
    }

    private void importCsv(Context ctx) {
        String csv = Params.jsonBody(ctx, CsvUpload.class).csv();
        DirectoryAdmin.ImportReport report = stored(() -> need().admin().importCsv(csv, by(ctx)));
        LOG.info("event=directory_imported by={} agencies={} persons={} rejected={}", by(ctx), report.agencies(),
                report.persons(), report.rejected().size());
        ctx.json(report);
    }

    /** The agencies that answer for the alert, nearest first, each with why. */
    private void responsible(Context ctx) {
        Alert alert = alert(ctx.pathParam("id"));
        SpokesNetwork n = need();
        ctx.json(Map.of("agencies", n.router().route(alert, n.admin().directory().agencies()).stream()
                .map(r -> Map.of("agency", r.agency(), "why", r.why(), "placeName", n.placeName(r.agency().placeId()),
                        "persons", n.admin().directory().personsOf(r.agency().id())))
                .toList()));
    }

    private void request(Context ctx) {
        Alert alert = alert(ctx.pathParam("id"));
        RequestDraft d = Params.jsonBody(ctx, RequestDraft.class);
        ResponseRequest r = stored(() -> need().desk().request(alert, d, by(ctx)));
        ctx.status(HttpStatus.CREATED).json(view(r, need().desk().now()));
    }

    /** The requests of one alert ({@code ?alert=}), of every alert about one story ({@code ?story=}), or all. */
    private void requests(Context ctx) {
        ResponseDesk desk = need().desk();
        String alert = ctx.queryParam("alert");
        String story = ctx.queryParam("story");
        List<ResponseRequest> found = alert != null && !alert.isBlank() ? desk.forAlert(alert.strip())
                : story != null && !story.isBlank() ? desk.forStory(story.strip()) : desk.all();
        Instant now = desk.now();
        ctx.json(Map.of("requests", found.stream().map(r -> view(r, now)).toList()));
    }

    private void answer(Context ctx) {
        ResponseDraft d = Params.jsonBody(ctx, ResponseDraft.class);
        ResponseRequest r = stored(() -> need().desk().respond(ctx.pathParam("id"), d, by(ctx)));
        ctx.json(view(r, need().desk().now()));
    }

    /** A request with where it stands now, as the dashboard shows it (in the alert and the incident). */
    static Map<String, Object> view(ResponseRequest r, Instant now) {
        return Map.of("request", r, "status", r.status(now).id(), "statusLabel", r.status(now).label(),
                "reminderAt", ResponseDesk.reminderAt(r));
    }

    private Alert alert(String id) {
        return backends.needAlerts().lifecycle().alert(id)
                .orElseThrow(() -> new NoSuchElementException("Không có cảnh báo " + id + "."));
    }

    private SpokesNetwork need() {
        return HttpErrors.need(network, "alerts");
    }

    private static String by(Context ctx) {
        return principal(ctx).name();
    }

    /** Runs a change; one the broker did not take is a 503 the user can read, and nothing was changed here. */
    private static <T> T stored(Supplier<T> change) {
        try {
            return change.get();
        } catch (SpokesLog.NotStored e) {
            LOG.warn("event=spokes_change_not_stored error=\"{}\"", e.getMessage());
            throw new HttpErrors.ServiceUnavailable("Chưa lưu được thay đổi, hãy thử lại sau ít phút (" + e.getMessage()
                    + ").");
        }
    }
}
