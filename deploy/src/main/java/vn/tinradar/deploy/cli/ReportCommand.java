package vn.tinradar.deploy.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tinradar.alerts.report.ReportDocument;
import vn.tinradar.alerts.report.RetainedPeriod;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.TopicRetention;

/**
 * {@code report}: the summary report of any period, read from the topics: of {@code --bootstrap} (or the
 * configured cluster), else of the broker a running TinRadar keeps in {@code --data-dir}, else of that data dir
 * opened with a broker of its own. Writes the HTML page and the PDF under {@code <data-dir>/reports} and, with
 * {@code --email}, mails them to the report recipients.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Build (and e-mail) the summary report for a period: HTML and PDF under <data-dir>/reports.",
            "Exit 0 built, 1 bad input or broker unreachable, 4 the period starts before the earliest day the "
                + "articles topic keeps (its retention.ms; nothing is built)."})
final class ReportCommand implements Callable<Integer> {

    /** Exit code of a period the articles topic no longer holds in full. */
    static final int PERIOD_NOT_KEPT = 4;

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Mixin
    ProcessOptions options;

    @Option(names = "--from", required = true, paramLabel = "D", description = "first day, dd/MM/yyyy or yyyy-MM-dd")
    String from;

    @Option(names = "--to", required = true, paramLabel = "D", description = "last day included, dd/MM/yyyy or yyyy-MM-dd")
    String to;

    @Option(names = "--email", description = "also mail the report to alerts.report.to (or alerts.email.to)")
    boolean email;

    @Override
    public Integer call() {
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to (" + to + ") is before --from (" + from + ")");
        }
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
            Path page = TopicReport.build(settings.alerts(), settings.province(), topics, kafka, options.dataDir,
                    first, last.plusDays(1), email);
            Console.out().println("Báo cáo / report: " + page.toAbsolutePath());
            Console.out().println("PDF: " + page.resolveSibling(ReportDocument.PDF).toAbsolutePath());
            if (email) {
                Console.out().println(settings.alerts().email().smtp().configured()
                        ? "Đã gửi thư / mailed via " + settings.alerts().email().smtp().host()
                        : "Thư đã ghi vào / mail written to " + options.dataDir.resolve("outbox").toAbsolutePath());
            }
            return 0;
        } catch (IllegalStateException e) {
            // the broker unreachable, the mail server refusing: say so in one line
            Console.err().println("error: " + e.getMessage());
            return 1;
        }
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
