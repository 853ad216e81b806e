package vn.tinradar.deploy.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tinradar.alerts.report.ReportDocument;
import vn.tinradar.alerts.report.ReportPeriod;
import vn.tinradar.alerts.report.RetainedPeriod;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;
import vn.tinradar.common.kafka.TopicRetention;

/**
 * {@code report}: the summary report of any period, read from the topics: of {@code --bootstrap} (or the
 * configured cluster), else of the broker a running TinRadar keeps in {@code --data-dir}, else of that data dir
 * opened with a broker of its own. Writes the HTML page, the PDF and the DOCX under {@code <data-dir>/reports} and, with
 * {@code --email}, mails them to the report recipients.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Build (and e-mail) the summary report for a period or a calendar year: HTML, PDF and DOCX "
                + "(the administrative layout of NĐ 30/2020) under <data-dir>/reports.",
            "Exit 0 built, 1 bad input or broker unreachable, 4 the period starts before the earliest day the "
                + "articles topic keeps (its retention.ms; nothing is built)."})
final class ReportCommand implements Callable<Integer> {

    /** Exit code of a period the articles topic no longer holds in full. */
    static final int PERIOD_NOT_KEPT = 4;

    private static final Map<String, String> LABELS = Map.of(ReportDocument.PAGE, "Báo cáo / report: ",
            ReportDocument.PDF, "PDF: ", ReportDocument.DOCX, "DOCX (NĐ 30/2020): ");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Mixin
    ProcessOptions options;

    @Option(names = "--from", paramLabel = "D", description = "first day, dd/MM/yyyy or yyyy-MM-dd")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "last day included, dd/MM/yyyy or yyyy-MM-dd")
    String to;

    @Option(names = "--year", paramLabel = "YYYY", description = "the annual report of that calendar year (up to "
            + "today while it runs), instead of --from/--to")
    Integer year;

    @Option(names = "--format", paramLabel = "F", defaultValue = "all", description = "which file's path to print: "
            + "html, pdf, docx (the administrative document, NĐ 30/2020) or all (default); every format is archived")
    String format;

    @Option(names = "--email", description = "also mail the report to alerts.report.to (or alerts.email.to)")
    boolean email;

    @Override
    public Integer call() {
        ReportPeriod period = period();
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<String> files = files(format);
        Settings settings = Settings.load(options.config);
        Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
        try (InstallationBroker broker = InstallationBroker.open(options, settings, topics)) {
            Properties kafka = broker.kafka();
            RetainedPeriod kept = RetainedPeriod.of(topics.articlesScored.name(),
                    TopicRetention.of(kafka, topics.prefix(), topics.articlesScored.name()), Instant.now());
            if (!kept.covers(first)) {
                // an empty report would read as "nothing happened"; the truth is "no longer known"
                Console.err().println("error: " + kept.refusal(first, last));
                return PERIOD_NOT_KEPT;
            }
            // the draft policies the dashboard follows: the settings file's, the dashboard's (read from their topic)
            // and, where the demo runs on this data dir, the demo's own
            Path page = TopicReport.build(TinRadarProcess.alertsSettingsOn(settings, options.dataDir),
                    settings.province(), topics, kafka, options.dataDir, first, last.plusDays(1), email);
            if (TinRadarProcess.demoRanOn(options.dataDir)) {
                Console.out().println("Gồm dự thảo của bản demo / includes the demo's draft policy ("
                        + options.dataDir.resolve(TinRadarProcess.DEMO_ALERTS_FILE) + ")");
            }
            for (String file : files) {
                Console.out().println(LABELS.get(file) + page.resolveSibling(file).toAbsolutePath());
            }
            if (email) {
                Console.out().println(settings.alerts().email().smtp().configured()
                        ? "Đã gửi thư / mailed via " + settings.alerts().email().smtp().host()
                        : "Thư đã ghi vào / mail written to " + options.dataDir.resolve("outbox").toAbsolutePath());
            }
            return 0;
        } catch (IllegalStateException | java.io.IOException e) {
            // the broker unreachable, the mail server refusing, the demo's settings unreadable: say so in one line
            Console.err().println("error: " + e.getMessage());
            return 1;
        }
    }

    private ReportPeriod period() {
        if (year != null) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("--year " + year + " is a whole period: give it without --from/--to");
            }
            return ReportPeriod.ofYear(year, LocalDate.now(VnTime.ZONE));
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give --from and --to (or --year)");
        }
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to (" + to + ") is before --from (" + from + ")");
        }
        return new ReportPeriod(first, last);
    }

    /** The archived files whose paths {@code --format} prints, in the order printed. */
    private static List<String> files(String format) {
        return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "html" -> List.of(ReportDocument.PAGE);
            case "pdf" -> List.of(ReportDocument.PDF);
            case "docx" -> List.of(ReportDocument.DOCX);
            case "all" -> List.of(ReportDocument.PAGE, ReportDocument.PDF, ReportDocument.DOCX);
            default -> throw new IllegalArgumentException("--format must be html, pdf, docx or all but was '"
                    + format + "'");
        };
    }

    private static LocalDate date(String option, String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value.trim(), VN_DATE) : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 16/11/2026 or 2026-11-16 but was '"
                    + value + "'");
        }
    }
}
