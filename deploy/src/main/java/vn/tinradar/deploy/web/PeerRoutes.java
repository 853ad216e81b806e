package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.PEER;

import io.javalin.http.Context;
import vn.tinradar.analyze.query.peer.PeerApi;
import vn.tinradar.analyze.query.peer.PeerPaths;
import vn.tinradar.analyze.query.peer.PeerSignature;
import vn.tinradar.deploy.web.http.Params;

/**
 * Analyze instances asking each other (search fan-out): signed with the shared secret, not by a user. The body is
 * read only once the signature's headers pass and its declared size is within bounds ({@link PeerApi#handle}).
 */
final class PeerRoutes implements WebFeature {

    private final Backends backends;

    PeerRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get(PeerPaths.PREFIX + "*",  PEER, this::answer)
              .post(PeerPaths.PREFIX + "*", PEER, this::answer);
    }

    private void answer(Context ctx) {
        PeerApi.Response r = backends.needAnalyze().peerApi().handle(new PeerApi.Request(ctx.method().name(),
                ctx.path(), ctx.queryString(), Params.query(ctx), ctx.header(PeerSignature.TIME_HEADER),
                ctx.header(PeerSignature.SIGNATURE_HEADER), ctx.contentLength(), ctx::bodyAsBytes));
        ctx.status(r.status()).contentType("application/json; charset=utf-8").result(r.body());
    }
}
