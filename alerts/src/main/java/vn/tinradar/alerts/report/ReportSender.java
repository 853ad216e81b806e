package vn.tinradar.alerts.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.MailTransport;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.alerts.report.docx.DocumentIssuer;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.text.VnTime;

/**
 * Builds, archives ({@code <reports>/<from>_<to>/bao-cao.html} and {@code bao-cao.pdf}) and mails the summary report. The weekly report
 * goes out at the configured day and time for the last full Monday–Sunday week; the ledger key
 * {@code report|<from>|<to>} makes sure each week is mailed once, also across restarts, and a service that was
 * down at the scheduled time sends it when it comes back.
 */
public final class ReportSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSender.class);

    private final Supplier<AlertsConfig> config;
    private final Province province;
    private final Ledger ledger;
    private final MailTransport mail;
    private final Path reportsDir;
    private final Supplier<Collection<ScoredArticle>> articles;
    private final Supplier<Collection<Alert>> alerts;
    private final Clock clock;
    private volatile BiFunction<Instant, Instant, List<ResponseRequest>> responses = (from, to) -> List.of();
    private volatile Supplier<Collection<Incident>> incidents = List::of;

    /** @param mail null when e-mail is off: reports are then only archived */
    public ReportSender(Supplier<AlertsConfig> config, Ledger ledger, MailTransport mail, Path reportsDir,
                        Supplier<Collection<ScoredArticle>> articles, Supplier<Collection<Alert>> alerts, Clock clock) {
        this(config, Provinces.defaultProvince(), ledger, mail, reportsDir, articles, alerts, clock);
    }

    /** @param province the province the reports are about: it names them */
    public ReportSender(Supplier<AlertsConfig> config, Province province, Ledger ledger, MailTransport mail,
                        Path reportsDir, Supplier<Collection<ScoredArticle>> articles, Supplier<Collection<Alert>> alerts,
                        Clock clock) {
        this.config = config;
        this.province = province;
        this.ledger = ledger;
        this.mail = mail;
        this.reportsDir = reportsDir;
        this.articles = articles;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Where the report finds the requests for an official response of a period (issue 14): made in [from, to) or
     * open in it. Without it the report has no such table.
     */
    public void responsesFrom(BiFunction<Instant, Instant, List<ResponseRequest>> during) {
        this.responses = during;
    }

    /**
     * Where the report finds the crisis incidents (issue 14): all of them, the report keeps those of its period.
     * Without it the report says there were none.
     */
    public void incidentsFrom(Supplier<Collection<Incident>> all) {
        this.incidents = all;
    }

    /** Builds and archives the report of [from, to), and mails it when {@code email}; returns the page. */
    public Path report(LocalDate from, LocalDate to, boolean email) {
        return report(from, to, email, null);
    }

    /** @param messageId null for a new Message-ID (a report asked for by hand is a new mail each time) */
    private Path report(LocalDate from, LocalDate to, boolean email, String messageId) {
        AlertsConfig c = config.get();
        WeeklyReport figures = new ReportBuilder(TopicNames.of(c.rules().topicBurst().publicConcernTopics()),
                c.rules().draftPolicies().policies()).build(from, to, articles.get(), alerts.get());
        ReportDocument doc = new ReportDocument(figures, province, responses.apply(
                from.atStartOfDay(VnTime.ZONE).toInstant(), to.atStartOfDay(VnTime.ZONE).toInstant()),
                List.copyOf(incidents.get()), clock.instant(), DocumentIssuer.of(c.report().issuer(), province),
                clock.instant().atZone(VnTime.ZONE).toLocalDate());
        try {
            Path page = doc.archive(reportsDir.resolve(from + "_" + to));
            if (email) {
                if (mail == null) {
                    throw new IllegalStateException("e-mail is disabled (alerts.email.enabled: false)");
                }
                List<String> to2 = c.report().to().isEmpty() ? c.email().to() : c.report().to();
                mail.send(doc.email(mail.session(), c.email().from(), to2, messageId), "report-" + from + "_" + to);
                ledger.put(key(from, to), "{\"at\":\"" + clock.instant() + "\",\"articles\":" + figures.current().articles() + "}");
            }
            LOG.info("event=report-built from={} to={} articles={} alerts={} emailed={}", from, to,
                    figures.current().articles(), figures.current().alerts().raised(), email);
            return page;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot write or send the report " + from + " → " + to + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Mails (or, with e-mail off, only archives) the report of the week starting on {@code monday} unless that
     * was done already; true if done now.
     */
    public boolean sendWeekly(LocalDate monday) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a report week starts on a Monday but " + monday + " is a "
                    + monday.getDayOfWeek());
        }
        LocalDate to = monday.plusWeeks(1);
        if (ledger.get(key(monday, to)).isPresent()) {
            return false;
        }
        // without e-mail the weekly report is only archived, once all the same. Its Message-ID is fixed by the week:
        // mailed again when its receipt was lost (a crash after the send, an SMTP reply that timed out although the
        // server kept the mail), it is recognisable as the same mail
        report(monday, to, mail != null, weeklyMessageId(monday, to));
        if (mail == null) {
            ledger.put(key(monday, to), "{\"at\":\"" + clock.instant() + "\",\"emailed\":false}");
        }
        return true;
    }

    /** Sends the weekly report whose scheduled time has passed, if not sent yet; true if sent now. */
    public boolean sendIfDue() {
        AlertsConfig.Report r = config.get().report();
        if (!r.enabled()) {
            return false;
        }
        ZonedDateTime now = clock.instant().atZone(VnTime.ZONE);
        ZonedDateTime slot = now.with(TemporalAdjusters.previousOrSame(r.day())).with(r.at());
        if (slot.isAfter(now)) {
            slot = slot.minusWeeks(1);
        }
        LocalDate monday = slot.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return sendWeekly(monday);
    }

    static String weeklyMessageId(LocalDate from, LocalDate to) {
        return "<report-" + from + "_" + to + "@tinradar>";
    }

    private static String key(LocalDate from, LocalDate to) {
        return "report|" + from + "|" + to;
    }
}
