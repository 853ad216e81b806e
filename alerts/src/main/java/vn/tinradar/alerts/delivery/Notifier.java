package vn.tinradar.alerts.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.Assignment;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

/**
 * Sends each alert what it is still owed, once: one e-mail and one webhook call per alert and severity. The
 * ledger key {@code delivery|<alert id>|<channel>|<severity>} is written after a successful send and checked
 * before every send, so an alert that grows does not mail again, one whose severity rises does, and a
 * restarted service (same ledger) sends nothing twice. A failed send waits in memory with doubling backoff;
 * as the ledger has no receipt for it, a restart retries it too, so nothing is dropped, except a lower severity's
 * notification still waiting when the alert rises: the higher one replaces it, so levels never arrive out of order.
 * Before each send an attempt mark {@code attempt|...} with the mail's Message-ID (or the webhook's idempotency
 * key) is stored: a send found marked but without receipt was cut off between the server's acceptance and the
 * receipt, or before; it is sent again under the same Message-ID, and logged and counted as unconfirmed, so every
 * possible repeat is known (at least once; docs/reliability.md).
 */
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    /** What happened to one channel's notification. */
    public enum Outcome { SENT, ALREADY_SENT, NOT_DUE, NOT_OWNER, DEFERRED, SILENCED, INHIBITED, FAILED, RETRY_PENDING }

    static final String EMAIL = "email";
    static final String ESCALATION = "escalation";
    static final String WEBHOOK = "webhook";
    static final String REMINDER = "reminder";
    static final String ASSIGNED = "assigned";
    static final String ASSIGNMENT_OVERDUE = "assignment-overdue";
    static final String ATTEMPT = "attempt|";

    private record Pending(Alert alert, int attempts, Instant nextAt) {
    }

    private volatile AlertsConfig config;
    private final Ledger ledger;
    private final MailTransport mail;
    private final WebhookTransport webhook;
    private final Silences silences;
    private final Predicate<Alert> inhibited;
    private volatile java.util.function.Function<String, java.util.Optional<Assignment>> assignments = id ->
            java.util.Optional.empty();
    private volatile Predicate<Alert> owner = alert -> true;
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

    /** Where the notifier learns who an alert is assigned to and by when (the staff view's assignments). */
    public void assignments(java.util.function.Function<String, java.util.Optional<Assignment>> lookup) {
        this.assignments = lookup;
    }

    /**
     * Which alerts this instance sends for, when several alerts services share the work (by default all). An alert
     * it does not own is left to the instance that does; a failed send waiting for a retry is dropped here once the
     * alert changes hands, as the new owner sends it.
     */
    public void owner(Predicate<Alert> owns) {
        this.owner = owns;
    }

    /** Runs {@code action} while no send is in progress: a send under way finishes first, none starts meanwhile. */
    public synchronized void betweenSends(Runnable action) {
        action.run();
    }

    /**
     * Sends what this alert still owes; returns the outcome per channel: "email", "escalation" (the e-mail to the
     * group of the latest escalation step due when nobody acknowledged it in time), "reminder" (the repeat e-mail),
     * "assigned" and "assignment-overdue" (to the assignee, and up when the response deadline passed) and "webhook".
     */
    public synchronized Map<String, Outcome> notify(Alert alert) {
        Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
        AlertsConfig c = config;
        if (mail != null && c.email().enabled()) {
            Severity min = c.email().minSeverity();
            supersedeLowerLevels(EMAIL, alert);
            outcomes.put(EMAIL, deliver(EMAIL, alert.severity().id(), alert, min));
            assignment(alert, outcomes);
            Duration sinceMailed = sinceFirstMailed(alert);
            if (sinceMailed != null && alert.status() == AlertStatus.FIRING) {
                List<AlertsConfig.EscalationStep> steps = c.email().escalation();
                for (int i = steps.size() - 1; i >= 0; i--) {
                    if (sinceMailed.toMinutes() >= steps.get(i).afterMinutes()) {
                        // each step goes out once per alert, whatever its severity; an earlier step not sent yet
                        // (the service was down) is offered on the next pass
                        for (int step = 1; step <= i + 1; step++) {
                            Outcome o = deliver(ESCALATION, "step-" + step, alert, min);
                            outcomes.merge(ESCALATION, o, (a, b) -> b == Outcome.ALREADY_SENT ? a : b);
                        }
                        break;
                    }
                }
                if (c.email().repeatAfterHours() > 0 && sinceMailed.toHours() >= c.email().repeatAfterHours()) {
                    long round = sinceMailed.toHours() / c.email().repeatAfterHours();
                    outcomes.put(REMINDER, deliver(REMINDER, "r" + round, alert, min));
                }
            }
        }
        if (webhook != null) {
            supersedeLowerLevels(WEBHOOK, alert);
            outcomes.put(WEBHOOK, deliver(WEBHOOK, alert.severity().id(), alert, c.webhook().minSeverity()));
        }
        return outcomes;
    }

    /**
     * Drops this channel's notifications of a lower severity of the alert that still wait for their retry: the mail
     * of the level the alert has now goes first and says all of it, and an older level arriving after it would read
     * as the alert calming down (issue 12: a warning sent 33 s after its urgent mail). Waiting for the warning
     * instead would hold the urgent mail back by the warning's backoff, up to {@code retry-max-ms}.
     */
    private void supersedeLowerLevels(String channel, Alert alert) {
        for (Severity lower : Severity.values()) {
            if (lower.compareTo(alert.severity()) >= 0) {
                return;
            }
            if (pending.remove(key(alert.id(), channel, lower.id())) != null) {
                metrics.sent(channelTag(channel), "superseded");
                LOG.info("event=send-superseded channel={} alert={} severity={} by={}", channelTag(channel),
                        alert.id(), lower.id(), alert.severity().id());
            }
        }
    }

    /**
     * An alert given to a staff member: they are told once, and once more (with the first escalation group)
     * when the response deadline passes before the alert is resolved.
     */
    private void assignment(Alert alert, Map<String, Outcome> outcomes) {
        Optional<Assignment> a = assignments.apply(alert.id());
        if (a.isEmpty() || alert.status() == AlertStatus.RESOLVED) {
            return;
        }
        String variant = String.valueOf(a.get().assignedAt().toEpochMilli());
        outcomes.put(ASSIGNED, deliver(ASSIGNED, variant, alert, Severity.INFO));
        if (a.get().overdueAt(clock.instant())) {
            outcomes.put(ASSIGNMENT_OVERDUE, deliver(ASSIGNMENT_OVERDUE, variant, alert, Severity.INFO));
        }
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

    /** The mark stored before a send: kept apart from the receipts, which say what was sent. */
    static String attemptKey(String deliveryKey) {
        return ATTEMPT + deliveryKey.substring("delivery|".length());
    }

    private static String prefix(String alertId, String channel) {
        return "delivery|" + alertId + "|" + channel + "|";
    }

    /** @param variant what makes this notification distinct within its channel: the severity, a round, "once" */
    private Outcome deliver(String channel, String variant, Alert alert, Severity minSeverity) {
        // an assignment concerns an alert already taken in hand: acknowledged does not end it, resolved does
        boolean personal = channel.equals(ASSIGNED) || channel.equals(ASSIGNMENT_OVERDUE);
        boolean handled = alert.status() == AlertStatus.RESOLVED
                || alert.status() == AlertStatus.ACKNOWLEDGED && !personal;
        if (handled || alert.severity().compareTo(minSeverity) < 0) {
            return Outcome.NOT_DUE;
        }
        String key = key(alert.id(), channel, variant);
        if (!owner.test(alert)) {
            pending.remove(key);
            return Outcome.NOT_OWNER;
        }
        if (ledger.get(key).isPresent()) {
            pending.remove(key);
            return Outcome.ALREADY_SENT;
        }
        String tag = channelTag(channel);
        if (silences.muting(alert).isPresent()) {
            countMutedOnce(key, tag, "silenced");
            return Outcome.SILENCED;
        }
        // inhibition keeps a lesser alert on a story from repeating a severe one; a person given the alert must
        // still hear of it
        if (!personal && inhibited.test(alert)) {
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
        if (!owner.test(alert)) {
            pending.remove(key);
            return Outcome.NOT_OWNER;
        }
        String tag = channelTag(channel);
        AlertsConfig c = config;
        AlertEmail email = new AlertEmail(c.email().from(), c.baseUrl());
        String messageId = key;
        try {
            // the receipts other instances wrote, up to now: the previous owner of this alert may have sent it
            // just before handing it over. A ledger that cannot be read stops the send (retried with backoff).
            ledger.refresh();
            if (ledger.get(key).isPresent()) {
                pending.remove(key);
                return Outcome.ALREADY_SENT;
            }
            boolean raised = !ledger.entries(prefix(alert.id(), channel)).isEmpty();
            if (channel.equals(WEBHOOK)) {
                markAttempt(key, alert, tag, key);
                webhook.send(alert, raised, key);
            } else {
                MimeMessage message = compose(channel, key, alert, email, raised, c);
                if (message == null) {
                    return Outcome.NOT_DUE;
                }
                messageId = message.getMessageID();
                markAttempt(key, alert, tag, messageId);
                mail.send(message, key);
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
        LOG.info("event=sent channel={} kind={} alert={} revision={} severity={} message-id={}", tag, channel,
                alert.id(), alert.revision(), alert.severity().id(), messageId);
        return Outcome.SENT;
    }

    /** The mail this notification sends, or null when it has become due to nobody. */
    private MimeMessage compose(String channel, String key, Alert alert, AlertEmail email,
                                boolean raised, AlertsConfig c) throws MessagingException {
        switch (channel) {
            case EMAIL -> {
                List<String> to = new Router(c.email().to(), c.routes()).recipients(alert);
                return to.isEmpty() ? null : email.compose(mail.session(), alert, to,
                        raised ? AlertEmail.Kind.RAISED : AlertEmail.Kind.FIRST);
            }
            case ESCALATION -> {
                int step = Integer.parseInt(key.substring(key.lastIndexOf("step-") + 5));
                if (step > c.email().escalation().size()) {
                    return null; // the step was removed from the settings meanwhile
                }
                return email.compose(mail.session(), alert, c.email().escalation().get(step - 1).to(),
                        AlertEmail.Kind.OVERDUE, "step-" + step);
            }
            case ASSIGNED, ASSIGNMENT_OVERDUE -> {
                Optional<Assignment> a = assignments.apply(alert.id());
                return a.isEmpty() ? null : email.compose(mail.session(), alert, assignmentRecipients(c, a.get(),
                        channel.equals(ASSIGNMENT_OVERDUE)), channel.equals(ASSIGNED) ? AlertEmail.Kind.ASSIGNED
                        : AlertEmail.Kind.ASSIGNMENT_OVERDUE, a.get());
            }
            default -> {
                // the round, not the alert's revision, names a reminder: a resend after the alert grew keeps its id
                String round = key.substring(key.lastIndexOf('|') + 1);
                return email.compose(mail.session(), alert, new Router(c.email().to(), c.routes()).recipients(alert),
                        AlertEmail.Kind.REMINDER, round);
            }
        }
    }

    /**
     * Stores, before the send, that it is being tried and under which Message-ID. A mark already there that this
     * process did not write (its send left no failure here) is a send cut off by a crash: whether the server took
     * it cannot be known, so it goes again, under the same id, and is logged and counted as a possible repeat.
     */
    private void markAttempt(String key, Alert alert, String tag, String messageId) {
        Optional<String> earlier = ledger.get(attemptKey(key));
        if (earlier.isPresent()) {
            if (!pending.containsKey(key)) {
                metrics.sent(tag, "unconfirmed");
                LOG.warn("event=send-unconfirmed channel={} alert={} message-id={} first-attempt=\"{}\" "
                        + "action=resend", tag, alert.id(), messageId, earlier.get().replace('"', '\''));
            }
            return;
        }
        ledger.put(attemptKey(key), "{\"alert\":\"" + alert.id() + "\",\"channel\":\"" + tag
                + "\",\"messageId\":\"" + messageId.replace("\"", "") + "\",\"at\":\"" + clock.instant() + "\"}");
    }

    /** The assignee (or, without a known address, the monitoring group), plus the first group up when overdue. */
    private static List<String> assignmentRecipients(AlertsConfig c, Assignment a, boolean overdue) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        c.email().address(a.assignee()).ifPresentOrElse(to::add, () -> to.addAll(c.email().to()));
        if (overdue) {
            to.addAll(c.email().escalation().isEmpty() ? c.email().to() : c.email().escalation().get(0).to());
        }
        return List.copyOf(to);
    }

    private String channelTag(String channel) {
        return channel.equals(WEBHOOK) ? WEBHOOK : mail.channel();
    }
}
