package vn.tinradar.deploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tinradar.alerts.report.ReportDocument;
import vn.tinradar.alerts.report.TopicReport;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.KafkaProperties;
import vn.tinradar.deploy.kafka.TopicCreator;

/**
 * {@code report}: the summary report of any period, read from the topics: of {@code --bootstrap} (or the
 * configured cluster), else of the broker a running TinRadar keeps in {@code --data-dir}, else of that data dir
 * opened with a broker of its own. Writes the HTML page and the PDF under {@code <data-dir>/reports} and, with
 * {@code --email}, mails them to the report recipients.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Build (and e-mail) the summary report for a period: HTML and PDF under <data-dir>/reports.")
final class ReportCommand implements Callable<Integer> {

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
        String bootstrap = firstNonBlank(options.bootstrap, settings.deploy().kafka().bootstrap(),
                runningBroker(options.dataDir.resolve("kafka")));
        EmbeddedKafka own = null;
        try {
            if (bootstrap == null) {
                own = new EmbeddedKafka(options.dataDir.resolve("kafka")).start();
                bootstrap = own.bootstrapServers();
                TopicCreator.ensure(KafkaProperties.clients(bootstrap, settings.deploy().kafka().client()), topics,
                        settings.deploy().kafka().topicLayout());
            }
            Path page = TopicReport.build(settings.alerts(), settings.province(), topics,
                    KafkaProperties.clients(bootstrap, settings.deploy().kafka().client()), options.dataDir, first,
                    last.plusDays(1), email);
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
        } finally {
            if (own != null) {
                own.close();
            }
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

    /** The broker of a TinRadar process running on this data dir, if one answers on the port it wrote down. */
    private static String runningBroker(Path kafkaDir) {
        Path props = kafkaDir.resolve("server.properties");
        if (!Files.isRegularFile(props)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(props)) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        String listener = p.getProperty("advertised.listeners", "");
        String address = listener.replaceFirst("^PLAINTEXT://", "").split(",")[0];
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.substring(0, colon),
                    Integer.parseInt(address.substring(colon + 1))), 500);
            return address;
        } catch (IOException | NumberFormatException e) {
            return null; // nobody there: the data dir is free to open
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
