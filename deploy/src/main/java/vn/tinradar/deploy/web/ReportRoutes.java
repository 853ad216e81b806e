package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.STAFF;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.tinradar.alerts.report.ReportArchive;
import vn.tinradar.alerts.report.ReportPeriod;
import vn.tinradar.alerts.report.ReportService;
import vn.tinradar.alerts.report.RetainedPeriod;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.web.http.Params;

/**
 * The summary reports: the archived ones and their files (page, charts, PDF, DOCX), and a report for any period or
 * calendar year built on request ({@code POST /api/reports}, staff: like every change, never open to viewers). A period the articles topic no longer holds in full
 * is answered 422 with a Vietnamese sentence naming the earliest day kept, never with an empty report.
 */
final class ReportRoutes implements WebFeature {

    private final Backends backends;
    private final Clock clock;

    ReportRoutes(Backends backends) {
        this(backends, Clock.systemUTC());
    }

    ReportRoutes(Backends backends, Clock clock) {
        this.backends = backends;
        this.clock = clock;
    }

    /** What the report form sends: {@code from} and {@code to} (yyyy-MM-dd, both included), or a {@code year}. */
    record ReportRequest(String from, String to, Integer year) {
    }

    @Override
    public void declare(RouteTable routes) {
        routes.get("/api/reports",              VIEWER, ctx -> ctx.json(Map.of("reports", backends.needAlerts().reports().archive().list())))
              .post("/api/reports",             STAFF,  this::build)
              .get("/reports/{period}/{file}", VIEWER, this::file);
    }

    /** Builds and archives the report of the requested period; answers its archive entry, as the list shows it. */
    private void build(Context ctx) {
        ReportPeriod period = period(Params.jsonBody(ctx, ReportRequest.class));
        ReportService reports = backends.needAlerts().reports();
        RetainedPeriod kept = reports.kept();
        if (!kept.covers(period.first())) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of(
                    "error", kept.refusalInVietnamese(period.first(), period.last()),
                    "earliestDay", kept.earliestFullDay().orElseThrow().toString()));
            return;
        }
        reports.report(period.first(), period.end(), false);
        ReportArchive.Entry entry = reports.archive().entry(period.first(), period.end())
                .orElseThrow(() -> new IllegalStateException("the report " + period.inWords() + " was not archived"));
        ctx.status(HttpStatus.CREATED).json(Map.of("report", entry));
    }

    private ReportPeriod period(ReportRequest r) {
        LocalDate today = clock.instant().atZone(VnTime.ZONE).toLocalDate();
        if (r.year() != null) {
            if (r.year() < 2000 || r.year() > today.getYear()) {
                throw new IllegalArgumentException("Năm " + r.year() + " không hợp lệ: hãy chọn một năm từ 2000 đến "
                        + today.getYear() + ".");
            }
            return ReportPeriod.ofYear(r.year(), today);
        }
        LocalDate from = date("Từ ngày", r.from());
        LocalDate to = date("Đến ngày", r.to());
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("\"Đến ngày\" (" + VnTime.DATE.format(to) + ") trước \"Từ ngày\" ("
                    + VnTime.DATE.format(from) + ").");
        }
        if (from.isAfter(today)) {
            throw new IllegalArgumentException("Kỳ báo cáo bắt đầu sau hôm nay (" + VnTime.DATE.format(today) + ").");
        }
        return new ReportPeriod(from, to);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Thiếu \"" + field + "\".");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" phải là một ngày dạng yyyy-MM-dd nhưng là '" + value
                    + "'.");
        }
    }

    /** An archived report's page, chart, PDF or DOCX; the documents download under a name that says their period. */
    private void file(Context ctx) throws IOException {
        String period = ctx.pathParam("period");
        Path file = backends.needAlerts().reports().archive().file(period, ctx.pathParam("file"))
                .orElseThrow(() -> new NoSuchElementException("no report file " + period + "/"
                        + ctx.pathParam("file")));
        String name = file.getFileName().toString();
        ctx.contentType(name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "text/html; charset=utf-8");
        if (name.endsWith(".pdf") || name.endsWith(".docx")) {
            ctx.header("Content-Disposition", "attachment; filename=\"bao-cao-" + period
                    + name.substring(name.lastIndexOf('.')) + "\"");
        }
        ctx.result(Files.readAllBytes(file));
    }
}
