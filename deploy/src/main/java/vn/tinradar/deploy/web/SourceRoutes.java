package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.crawl.SinkException;

/** The crawled sources and how their crawling goes, and the social posts staff import from export files. */
final class SourceRoutes implements WebFeature {

    /** An upload is read whole in memory, so it is kept far smaller than what the watched folder takes. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final Backends backends;

    SourceRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/sources", VIEWER, ctx -> ctx.json(Map.of("sources", backends.needIngest().sourceHealth())))
              .post("/api/imports", STAFF,  this::importPosts);
    }

    private void importPosts(Context ctx) throws IOException {
        IngestService ingest = backends.needIngest();
        // from the query only: reading a form parameter would consume the file's bytes
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("name must be the file's name, e.g. bai-dang.csv");
        }
        byte[] content;
        try (InputStream body = ctx.bodyInputStream()) {
            content = body.readNBytes(MAX_UPLOAD_BYTES + 1);
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            HttpErrors.error(ctx, HttpStatus.CONTENT_TOO_LARGE, "file larger than " + MAX_UPLOAD_BYTES
                    + " bytes; split it, or drop it in the import folder (ingest.imports.folder)");
            return;
        }
        try {
            ctx.json(ingest.importPosts(name, content));
        } catch (SinkException e) {
            throw new HttpErrors.ServiceUnavailable("the posts could not all be stored; upload the file again "
                    + "later (posts already stored are not counted twice): " + e.getMessage());
        }
    }
}
