package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;
import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.SignIn.principal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.analyze.query.search.SearchExport;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.web.http.Params;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Full-text search over the articles, its export as a file, and each user's saved searches. */
final class SearchRoutes implements WebFeature {

    private static final Logger LOG = LoggerFactory.getLogger(SearchRoutes.class);
    private static final DateTimeFormatter EXPORT_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(VnTime.ZONE);

    private final Backends backends;

    SearchRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/search",              VIEWER, this::search)
              .get("/api/search/export",       VIEWER, this::export)
              .get("/api/searches",            VIEWER, this::listSaved)
              .post("/api/searches",           STAFF,  this::save)
              .delete("/api/searches/{id}",    STAFF,  this::deleteSaved);
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.fromParams(Params.query(ctx));
        ctx.json(backends.needAnalyze().search().search(request));
    }

    /**
     * A search's results as a file: {@code format=csv} (UTF-8 with BOM, for Excel) or {@code json} (the shape of
     * {@code /api/search}), at most {@code analyze.export-max-hits} hits from the first.
     */
    private void export(Context ctx) {
        Map<String, String> params = Params.query(ctx);
        String format = params.getOrDefault("format", "csv").trim().toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("parameter 'format' must be csv or json but was '" + format + "'");
        }
        params.remove("format");
        SearchRequest request = SearchRequest.fromParams(params);
        var result = backends.needAnalyze().export(request);
        String name = "tinradar-tim-kiem-" + EXPORT_STAMP.format(Instant.now()) + "." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(SearchExport.csv(result));
        } else {
            ctx.json(result);
        }
        LOG.info("event=search_exported user={} format={} hits={}", principal(ctx).name(), format,
                result.hits().size());
    }

    private void listSaved(Context ctx) {
        ctx.json(Map.of("searches", backends.needAnalyze().savedSearches().list(principal(ctx).name())));
    }

    private void save(Context ctx) {
        SaveSearch body = Params.jsonBody(ctx, SaveSearch.class);
        ctx.status(HttpStatus.CREATED).json(backends.needAnalyze().savedSearches()
                .save(principal(ctx).name(), body.name(), body.params() == null ? Map.of() : body.params()));
    }

    private void deleteSaved(Context ctx) {
        backends.needAnalyze().savedSearches().delete(principal(ctx).name(), ctx.pathParam("id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The body of POST /api/searches. */
    record SaveSearch(String name, Map<String, String> params) {
    }
}
