package vn.tinradar.deploy.web;

import io.javalin.http.Context;
import vn.tinradar.analyze.peer.PeerApi;
import vn.tinradar.analyze.peer.PeerPaths;
import vn.tinradar.deploy.web.http.Params;
import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;

/** Analyze instances asking each other (search fan-out): signed by the shared secret, not by a user. */
final class PeerRoutes implements WebFeature {

    private final Backends backends;

    PeerRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get(PeerPaths.PREFIX + "*", this::answer)
              .post(PeerPaths.PREFIX + "*", this::answer);
    }

    private void answer(Context ctx) {
        PeerApi.Response r = backends.needAnalyze().peerApi().handle(ctx.method().name(), ctx.path(),
                Params.query(ctx), ctx.bodyAsBytes(), ctx.header(PeerPaths.SECRET_HEADER));
        ctx.status(r.status()).contentType("application/json; charset=utf-8").result(r.body());
    }
}
