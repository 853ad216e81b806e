package vn.tinradar.deploy.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;

/** Reading what analyze made of the press: one article, the stories that group them, and the trends. */
final class StoryRoutes implements WebFeature {

    private final Backends backends;

    StoryRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/articles/{id}", this::article)
              .get("/api/stories", ctx -> ctx.json(Map.of("stories",
                      backends.needAnalyze().stories(Params.limit(ctx, 50)))))
              .get("/api/stories/{id}", this::story)
              .get("/api/trends", ctx -> ctx.json(Map.of("trends",
                      backends.needAnalyze().trends(Params.limit(ctx, 50)))));
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
