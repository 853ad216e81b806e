package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import java.util.Map;

/** The crawled sources and how their crawling goes. */
final class SourceRoutes implements WebFeature {

    private final Backends backends;

    SourceRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/sources", VIEWER, ctx -> ctx.json(Map.of("sources", backends.needIngest().sourceHealth())));
    }
}
