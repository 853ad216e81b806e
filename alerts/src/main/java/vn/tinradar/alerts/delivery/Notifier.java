package vn.tinradar.alerts.delivery;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.AlertMetrics;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

/**
 * Sends each alert what it is still owed, once: one e-mail and one webhook call per alert and severity. The
 * ledger key {@code delivery|<alert id>|<channel>|<severity>} is written after a successful send and checked
 * before every send, so an alert that grows does not mail again, one whose severity rises does, and a
 * restarted service (same ledger) sends nothing twice. A failed send waits in memory with doubling backoff;
 * as the ledger has no receipt for it, a restart retries it too, so nothing is dropped.
 */
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    /** What happened to one channel's notification. */
    public enum Outcome { SENT, ALREADY_SENT, NOT_DUE, DEFERRED, SILENCED, INHIBITED, FAILED, RETRY_PENDING }

    static final String EMAIL = "email";
    static final String ESCALATION = "escalation";
    static final String WEBHOOK = "webhook";
    static final String REMINDER = "reminder";

    private record Pending(Alert alert, int attempts, Instant nextAt) {
    }

    private volatile AlertsConfig config;
    private final Ledger ledger;
    private final MailTransport mail;
    private final WebhookTransport webhook;
    private final Silences silences;
    private final Predicate<Alert> inhibited;
    private final AlertMetrics metrics;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final java.util.Set<String> mutedCounted = ConcurrentHashMap.newKeySet();

    /**
     * @param mail null when e-mail is off
     * @param webhook null when no webhook is configured
     * @param inhibited true for an alert muted by a more severe one on the same story
     */
    public Notifier(AlertsConfig config, Ledger ledger, MailTransport mail, WebhookTransport webhook,
                    Silences silences, Predicate<Alert> inhibited, AlertMetrics metrics, Clock clock) {
        this.config = config;
        this.ledger = ledger;
        this.mail = mail;
        this.webhook = webhook;
        this.silences = silences;
        this.inhibited = inhibited;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Takes new recipients, routes, thresholds and quiet hours (hot reload); the mail server and webhook address
     * stay those the notifier was built with.
     */
    public void reconfigure(AlertsConfig newConfig) {
        this.config = newConfig;
    }

    /**
     * Sends what this alert still owes; returns the outcome per channel: "email", "escalation" (the e-mail to
     * escalate-to when nobody acknowledged it in time), "reminder" (the repeat e-mail) and "webhook".
     */
    public synchronized Map<String, Outcome> notify(Alert alert) {
        Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
        AlertsConfig c = config;
        if (mail != null && c.email().enabled()) {
            Severity min = c.email().minSeverity();
            outcomes.put(EMAIL, deliver(EMAIL, alert.severity().id(), alert, min));
            Duration sinceMailed = sinceFirstMailed(alert);
            if (sinceMailed != null && alert.status() == AlertStatus.FIRING) {
                if (c.email().escalateAfterMinutes() > 0
                        && sinceMailed.toMinutes() >= c.email().escalateAfterMinutes()) {
                    // escalation goes out once per alert, whatever its severity
                    outcomes.put(ESCALATION, deliver(ESCALATION, "once", alert, min));
                }
                if (c.email().repeatAfterHours() > 0 && sinceMailed.toHours() >= c.email().repeatAfterHours()) {
                    long round = sinceMailed.toHours() / c.email().repeatAfterHours();
                    outcomes.put(REMINDER, deliver(REMINDER, "r" + round, alert, min));
                }
            }
        }
        if (webhook != null) {
            outcomes.put(WEBHOOK, deliver(WEBHOOK, alert.severity().id(), alert, c.webhook().minSeverity()));
        }
        return outcomes;
    }

    /** How long ago the alert's first e-mail went out, or null if it never did. */
    private Duration sinceFirstMailed(Alert alert) {
        Instant firstMailed = ledger.entries(prefix(alert.id(), EMAIL)).values().stream()
                .map(Notifier::sentAt).filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        return firstMailed == null ? null : Duration.between(firstMailed, clock.instant());
    }

    private static Instant sentAt(String receipt) {
        try {
            String at = vn.tinradar.common.kafka.Json.mapper().readTree(receipt).path("at").asText(null);
            return at == null ? null : Instant.parse(at);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Retries the failed sends whose wait is over; returns how many succeeded. */
    public synchronized int retryDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Map.Entry<String, Pending> e : new ArrayList<>(pending.entrySet())) {
            if (!e.getValue().nextAt().isAfter(now)) {
                String channel = e.getKey().split("\\|")[2];
                if (attempt(channel, e.getKey(), e.getValue().alert()) == Outcome.SENT) {
                    sent++;
                }
            }
        }
        return sent;
    }

    public int pendingCount() {
        return pending.size();
    }

    static String key(String alertId, String channel, String variant) {
        return prefix(alertId, channel) + variant;
    }

    private static String prefix(String alertId, String channel) {
        return "delivery|" + alertId + "|" + channel + "|";
    }

    /** @param variant what makes this notification distinct within its channel: the severity, a round, "once" */
    private Outcome deliver(String channel, String variant, Alert alert, Severity minSeverity) {
        if (alert.status() == AlertStatus.RESOLVED || alert.status() == AlertStatus.ACKNOWLEDGED
                || alert.severity().compareTo(minSeverity) < 0) {
            return Outcome.NOT_DUE;
        }
        String key = key(alert.id(), channel, variant);
        if (ledger.get(key).isPresent()) {
            pending.remove(key);
            return Outcome.ALREADY_SENT;
        }
        String tag = channelTag(channel);
        if (silences.muting(alert).isPresent()) {
            countMutedOnce(key, tag, "silenced");
            return Outcome.SILENCED;
        }
        if (inhibited.test(alert)) {
            countMutedOnce(key, tag, "inhibited");
            return Outcome.INHIBITED;
        }
        if (!channel.equals(WEBHOOK) && alert.severity() != Severity.URGENT
                && config.email().quietHours().contains(clock.instant())) {
            // offered again by the sweep after the quiet hours
            return Outcome.DEFERRED;
        }
        Pending waiting = pending.get(key);
        if (waiting != null && waiting.nextAt().isAfter(clock.instant())) {
            // keep the newest content for the retry, but don't hammer a server that is down
            pending.put(key, new Pending(alert, waiting.attempts(), waiting.nextAt()));
            return Outcome.RETRY_PENDING;
        }
        return attempt(channel, key, alert);
    }

    /** The sweep offers a muted alert every minute: count it once, not once a minute. */
    private void countMutedOnce(String key, String tag, String result) {
        if (mutedCounted.add(key + "|" + result)) {
            metrics.sent(tag, result);
        }
    }

    private Outcome attempt(String channel, String key, Alert alert) {
        String tag = channelTag(channel);
        boolean raised = !ledger.entries(prefix(alert.id(), channel)).isEmpty();
        AlertsConfig c = config;
        AlertEmail email = new AlertEmail(c.email().from(), c.baseUrl());
        try {
            switch (channel) {
                case EMAIL -> {
                    List<String> to = new Router(c.email().to(), c.routes()).recipients(alert);
                    if (to.isEmpty()) {
                        return Outcome.NOT_DUE;
                    }
                    mail.send(email.compose(mail.session(), alert, to,
                            raised ? AlertEmail.Kind.RAISED : AlertEmail.Kind.FIRST), key);
                }
                case ESCALATION -> mail.send(email.compose(mail.session(), alert, c.email().escalateTo(),
                        AlertEmail.Kind.OVERDUE), key);
                case REMINDER -> mail.send(email.compose(mail.session(), alert,
                        new Router(c.email().to(), c.routes()).recipients(alert), AlertEmail.Kind.REMINDER), key);
                default -> webhook.send(alert, raised, key);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            Pending before = pending.get(key);
            int attempts = before == null ? 1 : before.attempts() + 1;
            long wait = Math.min(config.email().retryMaxMs(),
                    config.email().retryInitialMs() << Math.min(attempts - 1, 20));
            pending.put(key, new Pending(alert, attempts, clock.instant().plusMillis(wait)));
            metrics.sent(tag, "failed");
            LOG.warn("event=send-failed channel={} alert={} attempt={} retry-in-ms={} error=\"{}\"", tag, alert.id(),
                    attempts, wait, String.valueOf(e.getMessage()).replace('"', '\''));
            return Outcome.FAILED;
        }
        ledger.put(key, "{\"alert\":\"" + alert.id() + "\",\"revision\":" + alert.revision() + ",\"channel\":\""
                + tag + "\",\"at\":\"" + clock.instant() + "\"}");
        pending.remove(key);
        metrics.sent(tag, "ok");
        if (alert.updatedAt() != null) {
            metrics.delivered(tag, Duration.between(alert.updatedAt(), clock.instant()));
        }
        LOG.info("event=sent channel={} kind={} alert={} revision={} severity={}", tag, channel, alert.id(),
                alert.revision(), alert.severity().id());
        return Outcome.SENT;
    }

    private String channelTag(String channel) {
        return channel.equals(WEBHOOK) ? WEBHOOK : mail.channel();
    }
}
