package vn.tinradar.alerts.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.kafka.Json;

/**
 * The alerts as staff see them: the latest revision of each alert from the {@code alerts} topic, overlaid with
 * what staff did (acknowledge, resolve), which the ledger keeps ({@code lifecycle|<id>}) so it survives
 * restarts and compaction and is never undone by a later revision from the rules. An alert whose severity rises
 * above the one it had when handled fires again; one its rule resolved (the condition is over) shows as resolved. Every action is written to the audit trail
 * ({@code audit|<id>|<time>|<action>}), and the updated alert is written back to the {@code alerts} topic.
 */
public final class AlertBoard {

    private static final Logger LOG = LoggerFactory.getLogger(AlertBoard.class);
    private static final String LIFECYCLE = "lifecycle|";
    private static final String AUDIT = "audit|";
    private static final String ASSIGNMENT = "assignment|";
    /** Who the audit trail names when a rule resolved its own alert. */
    public static final String SYSTEM = "tinradar";

    private final Ledger ledger;
    private final Clock clock;
    private final AlertMetrics metrics;
    private final Consumer<Alert> writeBack;
    private final Map<String, Alert> content = new ConcurrentHashMap<>();
    private final Map<String, Alert> shown = new ConcurrentHashMap<>();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();

    /** @param writeBack publishes an alert updated by staff to the {@code alerts} topic */
    public AlertBoard(Ledger ledger, Clock clock, AlertMetrics metrics, Consumer<Alert> writeBack) {
        this.ledger = ledger;
        this.clock = clock;
        this.metrics = metrics;
        this.writeBack = writeBack;
    }

    public void addListener(Consumer<Alert> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Takes an alert read from the topic; an older revision than the one known is ignored. Returns the alert as
     * shown when it changed (listeners have then been called), else empty.
     */
    public synchronized Optional<Alert> accept(Alert record) {
        if (record.id() == null || record.id().isBlank()) {
            throw new IllegalArgumentException("alert without id: " + record.title());
        }
        Alert fromTopic = complete(record);
        Alert known = content.get(fromTopic.id());
        if (known != null && fromTopic.revision() < known.revision()) {
            return Optional.empty();
        }
        content.put(fromTopic.id(), fromTopic);
        if (fromTopic.status() == AlertStatus.RESOLVED && (known == null || known.status() != AlertStatus.RESOLVED)
                && lifecycle(fromTopic.id()).map(l -> l.status() != AlertStatus.RESOLVED).orElse(true)) {
            resolvedByRule(fromTopic);
        }
        Optional<Alert> changed = show(fromTopic.id());
        Alert view = shown.get(fromTopic.id());
        if (view.status() != fromTopic.status() || !Objects.equals(view.ackBy(), fromTopic.ackBy())) {
            // a new revision from the rules does not know what staff did: put it right in the topic too, so
            // whoever reads the topic (reports, other services) sees the same status as staff
            try {
                writeBack.accept(view);
                content.put(view.id(), view);
            } catch (RuntimeException e) {
                LOG.warn("event=write-back-failed alert={} error=\"{}\"", view.id(), e.getMessage());
            }
        }
        return changed;
    }

    public List<Alert> alerts(AlertStatus statusOrNull) {
        return shown.values().stream().filter(a -> statusOrNull == null || a.status() == statusOrNull)
                .sorted(Comparator.comparing(AlertBoard::newest, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Alert::id))
                .toList();
    }

    public Optional<Alert> alert(String id) {
        return Optional.ofNullable(id == null ? null : shown.get(id));
    }

    /** Marks an alert as taken in hand by {@code user}; unknown id → NoSuchElementException naming it. */
    public synchronized Alert acknowledge(String id, String user) {
        Alert current = existing(id, user);
        if (current.status() == AlertStatus.RESOLVED) {
            throw new IllegalStateException("alert '" + id + "' is already resolved");
        }
        if (current.status() == AlertStatus.ACKNOWLEDGED) {
            return current;
        }
        Instant now = clock.instant();
        record(id, new Lifecycle(AlertStatus.ACKNOWLEDGED, user, now, null, null, current.severity()), "acknowledged",
                user, now);
        metrics.acknowledged(Duration.between(current.firstSeen() == null ? now : current.firstSeen(), now));
        return publish(id, now);
    }

    /** Marks an alert as handled by {@code user}; unknown id → NoSuchElementException naming it. */
    public synchronized Alert resolve(String id, String user) {
        Alert current = existing(id, user);
        if (current.status() == AlertStatus.RESOLVED) {
            return current;
        }
        Instant now = clock.instant();
        record(id, new Lifecycle(AlertStatus.RESOLVED, current.ackBy(), current.ackAt(), user, now,
                current.severity()), "resolved", user, now);
        metrics.resolved(Duration.between(current.firstSeen() == null ? now : current.firstSeen(), now));
        return publish(id, now);
    }

    /**
     * Gives an alert to a staff member with a deadline for the response; unknown id → NoSuchElementException
     * naming it, a deadline in the past → IllegalArgumentException.
     */
    public synchronized Assignment assign(String id, String assignee, Instant dueBy, String user) {
        existing(id, user);
        if (assignee == null || assignee.isBlank()) {
            throw new IllegalArgumentException("an assignee is required to assign alert '" + id + "'");
        }
        Instant now = clock.instant();
        if (dueBy != null && !dueBy.isAfter(now)) {
            throw new IllegalArgumentException("response deadline must be in the future but was " + dueBy);
        }
        Assignment a = new Assignment(id, assignee, dueBy, user, now);
        ledger.put(ASSIGNMENT + id, write(a));
        ledger.put(auditKey(id, now, "assigned"), write(new AuditEntry(id, "assigned", user, now,
                assignee + (dueBy == null ? "" : ", hạn " + vn.tinradar.common.text.VnTime.dateTime(dueBy)))));
        LOG.info("event=alert-assigned id={} user={} assignee={}", id, user, assignee);
        return a;
    }

    public Optional<Assignment> assignment(String id) {
        return ledger.get(ASSIGNMENT + id).map(json -> read(json, Assignment.class));
    }

    /** The lifecycle of an alert as recorded, if staff acted on it. */
    public Optional<Lifecycle> lifecycle(String id) {
        return ledger.get(LIFECYCLE + id).map(json -> read(json, Lifecycle.class));
    }

    /** Every recorded action on an alert, oldest first. */
    public List<AuditEntry> audit(String id) {
        return ledger.entries(AUDIT + id + "|").values().stream().map(json -> read(json, AuditEntry.class)).toList();
    }

    /** Adds a line to an alert's audit trail (e.g. a silence set on it). */
    public void audit(String id, String action, String user, String detail) {
        Instant now = clock.instant();
        ledger.put(auditKey(id, now, action), write(new AuditEntry(id, action, user, now, detail)));
    }

    /** True when a more severe, unresolved alert about the same story exists: this one is then muted. */
    public boolean inhibited(Alert alert) {
        if (alert.storyId() == null) {
            return false;
        }
        return shown.values().stream().anyMatch(other -> !other.id().equals(alert.id())
                && alert.storyId().equals(other.storyId()) && other.status() != AlertStatus.RESOLVED
                && other.severity().compareTo(alert.severity()) > 0);
    }

    private Alert existing(String id, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a user name is required to act on alert '" + id + "'");
        }
        Alert current = shown.get(id);
        if (current == null) {
            throw new NoSuchElementException("no alert with id '" + id + "'");
        }
        return current;
    }

    private void record(String id, Lifecycle lifecycle, String action, String user, Instant now) {
        ledger.put(LIFECYCLE + id, write(lifecycle));
        ledger.put(auditKey(id, now, action), write(new AuditEntry(id, action, user, now, null)));
        LOG.info("event=alert-{} id={} user={}", action, id, user);
    }

    private Alert publish(String id, Instant now) {
        Alert c = content.get(id);
        content.put(id, new Alert(c.v(), c.id(), c.rule(), c.severity(), c.status(), c.title(), c.summary(),
                c.suggestedAction(), c.signals(), c.articles(), c.storyId(), c.topic(), c.place(), c.firstSeen(),
                c.lastSeen(), now, c.revision(), c.ackBy(), c.ackAt()));
        Alert updated = show(id).orElseGet(() -> shown.get(id));
        writeBack.accept(updated);
        return updated;
    }

    /**
     * The rule itself resolved the alert (its source works again, its policy is covered again): a line in the
     * audit trail, keyed by the rule's time so a replay after a restart writes the same line, not a second one.
     */
    private void resolvedByRule(Alert alert) {
        Instant at = alert.updatedAt() != null ? alert.updatedAt() : clock.instant();
        String key = auditKey(alert.id(), at, "resolved");
        if (ledger.get(key).isPresent()) {
            return;
        }
        String why = alert.signals().stream().filter(s -> "cleared".equals(s.name())).map(s -> s.evidence())
                .reduce((a, b) -> b).orElse(null);
        ledger.put(key, write(new AuditEntry(alert.id(), "resolved", SYSTEM, at, why)));
        metrics.resolved(Duration.between(alert.firstSeen() == null ? at : alert.firstSeen(), at));
        LOG.info("event=alert-resolved id={} user={}", alert.id(), SYSTEM);
    }

    private Optional<Alert> show(String id) {
        Alert c = content.get(id);
        Lifecycle l = lifecycle(id).orElse(null);
        Alert view;
        if (c.status() == AlertStatus.RESOLVED) {
            // resolved by its rule (or written back resolved): staff's acknowledgement, if any, is kept
            view = with(c, AlertStatus.RESOLVED, l == null ? c.ackBy() : l.ackBy(), l == null ? c.ackAt() : l.ackAt());
        } else if (l == null || c.severity().compareTo(l.severity()) > 0) {
            // never handled, or risen above what was handled: it fires (again)
            view = with(c, AlertStatus.FIRING, null, null);
        } else {
            view = with(c, l.status(), l.ackBy(), l.ackAt());
        }
        Alert before = shown.put(id, view);
        if (view.equals(before)) {
            return Optional.empty();
        }
        for (Consumer<Alert> listener : listeners) {
            try {
                listener.accept(view);
            } catch (RuntimeException e) {
                LOG.warn("event=listener-failed alert={} error=\"{}\"", id, e.toString());
            }
        }
        return Optional.of(view);
    }

    private static Alert with(Alert c, AlertStatus status, String ackBy, Instant ackAt) {
        return new Alert(c.v(), c.id(), c.rule(), c.severity(), status, c.title(), c.summary(), c.suggestedAction(),
                c.signals(), c.articles(), c.storyId(), c.topic(), c.place(), c.firstSeen(), c.lastSeen(),
                c.updatedAt(), c.revision(), ackBy, ackAt);
    }

    /** Fills what an older or hand-written record may lack, so e-mail, feed and page never meet a null list. */
    private static Alert complete(Alert a) {
        return new Alert(a.v(), a.id(), a.rule() == null ? "unknown" : a.rule(),
                a.severity() == null ? vn.tinradar.common.event.Severity.INFO : a.severity(),
                a.status() == null ? AlertStatus.FIRING : a.status(), a.title() == null ? a.id() : a.title(),
                a.summary() == null ? "" : a.summary(), a.suggestedAction() == null ? "" : a.suggestedAction(),
                a.signals() == null ? List.of() : a.signals(), a.articles() == null ? List.of() : a.articles(),
                a.storyId(), a.topic(), a.place(), a.firstSeen(), a.lastSeen(), a.updatedAt(), a.revision(),
                a.ackBy(), a.ackAt());
    }

    private static Instant newest(Alert a) {
        return a.lastSeen() != null ? a.lastSeen() : a.updatedAt();
    }

    private static String auditKey(String id, Instant at, String action) {
        return AUDIT + id + "|" + String.format("%019d", at.toEpochMilli()) + "|" + action;
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in ledger: "
                    + e.getOriginalMessage(), e);
        }
    }
}
