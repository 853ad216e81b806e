package vn.tinradar.alerts.delivery;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.AlertStatus;

/**
 * Telling staff about alerts: the {@link Notifier} (e-mail and webhook, routes, quiet hours, escalation, retries)
 * and the {@link Silences} staff set. Mail goes over SMTP when a server is configured, else to one {@code .eml}
 * per notification in {@code <data-dir>/outbox}; with e-mail off there is no mail transport at all.
 */
public final class DeliveryService {

    private final AlertBoard board;
    private final Silences silences;
    private final MailTransport mail;
    private final Notifier notifier;

    public DeliveryService(AlertsConfig config, Ledger ledger, AlertBoard board, Path dataDir, AlertMetrics metrics,
                           Clock clock) {
        this.board = board;
        this.silences = new Silences(ledger, clock);
        // a silence set on one alert ends with it, whoever resolved it (staff, or its rule)
        board.addListener(a -> {
            if (a.status() == AlertStatus.RESOLVED) {
                silences.alertResolved(a.id());
            }
        });
        this.mail = mailTransport(config, dataDir);
        this.notifier = new Notifier(config, ledger, mail,
                config.webhook().configured() ? new WebhookTransport(config.webhook()) : null, silences,
                board::inhibited, metrics, clock);
        notifier.assignments(board::assignment);
    }

    private static MailTransport mailTransport(AlertsConfig config, Path dataDir) {
        if (!config.email().enabled()) {
            return null;
        }
        return config.email().smtp().configured() ? new SmtpTransport(config.email().smtp())
                : new OutboxTransport(dataDir.resolve("outbox"));
    }

    /** How mail leaves, shared with the reports; null when e-mail is off. */
    public MailTransport mail() {
        return mail;
    }

    public Notifier notifier() {
        return notifier;
    }

    /** Routes, recipients, quiet hours and escalation from now on; the transports keep their start-up values. */
    public void reconfigure(AlertsConfig newConfig) {
        notifier.reconfigure(newConfig);
    }

    /** Ends the silences set on one alert, which staff have just resolved. */
    public void alertResolved(String alertId) {
        silences.alertResolved(alertId);
    }

    /** Mutes alerts matching the template's matchers for {@code minutes}; recorded in the alert's audit trail. */
    public Silence silence(Silence matchers, long minutes) {
        if (matchers.alertId() != null && board.alert(matchers.alertId()).isEmpty()) {
            throw new NoSuchElementException("no alert with id '" + matchers.alertId() + "'");
        }
        Silence s = silences.add(matchers, minutes);
        if (s.alertId() != null) {
            board.audit(s.alertId(), "silenced", s.author(), s.reason());
        }
        return s;
    }

    /** Ends a silence now; unknown id → NoSuchElementException naming it. */
    public Silence expireSilence(String id) {
        return silences.expire(id);
    }

    public List<Silence> silences() {
        return silences.active();
    }
}
