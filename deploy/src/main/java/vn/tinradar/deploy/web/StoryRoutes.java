package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import io.javalin.http.Context;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.tinradar.deploy.web.http.Params;

/** Reading what analyze made of the press: one article, the stories that group them, and the trends. */
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
              .get("/api/trends",        VIEWER, this::trends);
    }

    private void stories(Context ctx) {
        int limit = Params.limit(ctx, 50);
        ctx.json(Map.of("stories", backends.needAnalyze().stories(limit)));
    }

    private void trends(Context ctx) {
        int limit = Params.limit(ctx, 50);
        ctx.json(Map.of("trends", backends.needAnalyze().trends(limit)));
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
