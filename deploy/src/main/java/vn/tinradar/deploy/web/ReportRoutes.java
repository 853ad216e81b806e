package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;

/** The archived summary reports and their files (page, charts, PDF). */
final class ReportRoutes implements WebFeature {

    private final Backends backends;

    ReportRoutes(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/reports",              VIEWER, ctx -> ctx.json(Map.of("reports", backends.needAlerts().reports().archive().list())))
              .get("/reports/{period}/{file}", VIEWER, this::file);
    }

    /** An archived report's page, chart or PDF; the PDF downloads under a name that says its period. */
    private void file(Context ctx) throws IOException {
        String period = ctx.pathParam("period");
        Path file = backends.needAlerts().reports().archive().file(period, ctx.pathParam("file"))
                .orElseThrow(() -> new NoSuchElementException("no report file " + period + "/"
                        + ctx.pathParam("file")));
        String name = file.getFileName().toString();
        ctx.contentType(name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                : "text/html; charset=utf-8");
        if (name.endsWith(".pdf")) {
            ctx.header("Content-Disposition", "attachment; filename=\"bao-cao-" + period + ".pdf\"");
        }
        ctx.result(Files.readAllBytes(file));
    }
}
