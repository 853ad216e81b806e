package vn.tinradar.alerts.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import vn.tinradar.common.event.ResponseRequest;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.delivery.MailTransport;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.province.Province;

/**
 * The summary reports for leaders: on demand for any period, weekly on the {@link ReportSchedule}, archived under
 * {@code <data-dir>/reports} and listed for the dashboard. Figures come from the scored articles and alerts the
 * caller supplies; what was mailed is in the ledger, so a week goes out once across restarts.
 */
public final class ReportService implements AutoCloseable {

    private final Path reportsDir;
    private final Province province;
    private final ReportSender sender;
    private final ReportSchedule schedule;
    private final Supplier<RetainedPeriod> kept;

    /**
     * @param scoredArticles every scored article known (empty when articles.scored is not read)
     * @param alerts every alert, for the alert figures
     * @param running whether the scheduled report may go out from this instance now: the alerts app runs (so the
     *     articles can be read) and, of several instances, this is the one that mails
     * @param kept the days the articles topic still holds in full, read when a report is asked for
     */
    public ReportService(Supplier<AlertsConfig> config, Province province, Ledger ledger, MailTransport mail,
                         Path dataDir, Supplier<Collection<ScoredArticle>> scoredArticles,
                         Supplier<Collection<Alert>> alerts, BooleanSupplier running, Clock clock,
                         Supplier<RetainedPeriod> kept) {
        this.kept = kept;
        this.reportsDir = dataDir.resolve("reports");
        this.province = province;
        this.sender = new ReportSender(config, province, ledger, mail, reportsDir, scoredArticles, alerts, clock);
        this.schedule = new ReportSchedule(sender, running);
    }

    /** Where reports find the requests for an official response of a period: made in [from, to) or open in it. */
    public void responsesFrom(BiFunction<Instant, Instant, List<ResponseRequest>> during) {
        sender.responsesFrom(during);
    }

    /** Where the reports find the crisis incidents: see {@link ReportSender#incidentsFrom}. */
    public void incidentsFrom(Supplier<Collection<Incident>> all) {
        sender.incidentsFrom(all);
    }

    public ReportSchedule schedule() {
        return schedule;
    }

    /**
     * Builds and archives the summary report of [from, to), and mails it to the report recipients when
     * {@code email}; returns the archived HTML page. Needs the alerts app running.
     */
    public Path report(LocalDate from, LocalDate to, boolean email) {
        return sender.report(from, to, email);
    }

    /**
     * The days the articles topic still holds in full now: a report of a period starting before them would count
     * only what is left, so it is refused ({@link RetainedPeriod#refusalInVietnamese}).
     */
    public RetainedPeriod kept() {
        return kept.get();
    }

    /** Mails the weekly report of the week starting on {@code monday} unless already sent; true if sent now. */
    public boolean sendWeekly(LocalDate monday) {
        return sender.sendWeekly(monday);
    }

    /** The archived reports, newest first, and their files, for the dashboard. */
    public ReportArchive archive() {
        return new ReportArchive(reportsDir, province);
    }

    @Override
    public void close() {
        schedule.close();
    }
}
