package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.common.event.Trend;
import vn.tinradar.deploy.web.http.Params;

/**
 * Reading what analyze made of the press: one article, the stories that group them, the trends, and the forecast of
 * a trend key's coming days.
 */
final class StoryRoutes implements WebFeature {

    private final Backends backends;

    StoryRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/articles/{id}", VIEWER, this::article)
              .get("/api/stories",       VIEWER, this::stories)
              .get("/api/stories/{id}",  VIEWER, this::story)
              .get("/api/trends",        VIEWER, this::trends)
              .get("/api/forecast",      VIEWER, this::forecast);
    }

    private void stories(Context ctx) {
        int limit = Params.limit(ctx, 50);
        ctx.json(Map.of("stories", backends.needAnalyze().stories(limit)));
    }

    private void trends(Context ctx) {
        int limit = Params.limit(ctx, 50);
        AnalyzeService analyze = backends.needAnalyze();
        List<Trend> trends = analyze.trends(limit);
        // whether bursts are watched for at all: the tab says so when some partition is not yet (issue 11)
        ctx.json(Map.of("trends", trends, "forecasts", forecasts(analyze, trends), "watch", analyze.trendWatch()));
    }

    /** The next 24 and 72 hours of each key shown, under {@code kind:key}, asked of the key's instance in one go. */
    private static Map<String, Map<String, Object>> forecasts(AnalyzeService analyze, List<Trend> trends) {
        Map<String, Trend> shown = new LinkedHashMap<>();
        trends.forEach(t -> shown.putIfAbsent(t.kind() + ":" + t.key(), t));
        List<ForecastQuery> queries = new ArrayList<>();
        for (Trend t : shown.values()) {
            queries.add(new ForecastQuery(t.kind(), t.key(), 1));
            queries.add(new ForecastQuery(t.kind(), t.key(), 3));
        }
        List<KeyForecast> answers = analyze.forecasts(queries);
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        int i = 0;
        for (String key : shown.keySet()) {
            byKey.put(key, Map.of("day", answers.get(i++), "threeDays", answers.get(i++)));
        }
        return byKey;
    }

    private void forecast(Context ctx) {
        int days = (int) Params.number(ctx, "days", 1, 3, 1L);
        ctx.json(backends.needAnalyze().forecast(ctx.queryParam("kind"), ctx.queryParam("key"), days));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(backends.needAnalyze().article(id)
                .orElseThrow(() -> new NoSuchElementException("no article with id " + id)));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(backends.needAnalyze().story(id)
                .orElseThrow(() -> new NoSuchElementException("no story with id " + id)));
    }
}
