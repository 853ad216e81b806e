package vn.tinradar.alerts.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.kafka.Topics;

/**
 * The alert lifecycle as staff drive it: acknowledge, resolve, assign, the audit trail and the Atom feed, over the
 * {@link AlertBoard}. A change of status is written back to the compacted {@code alerts} topic (idempotent
 * producer, acknowledged by all replicas) so every reader of the topic sees it; the action itself is in the ledger.
 */
public final class LifecycleService implements AutoCloseable {

    private final Topics topics;
    private final KafkaProducer<String, Alert> producer;
    private final AlertBoard board;
    private final Consumer<String> onResolvedByStaff;
    private final Consumer<Alert> onAssigned;

    /**
     * @param onResolvedByStaff told the id of an alert staff resolved (delivery ends its silences)
     * @param onAssigned told the alert just assigned, so the assignee hears of it at once
     */
    public LifecycleService(Topics topics, Properties kafka, Ledger ledger, Clock clock, AlertMetrics metrics,
                            Consumer<String> onResolvedByStaff, Consumer<Alert> onAssigned) {
        this.topics = topics;
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, topics.prefix() + "alerts-lifecycle");
        this.producer = new KafkaProducer<>(p, topics.alerts.keySerde().serializer(),
                topics.alerts.valueSerde().serializer());
        this.board = new AlertBoard(ledger, clock, metrics, this::writeBack);
        metrics.watch(status -> board.alerts(status).size());
        this.onResolvedByStaff = onResolvedByStaff;
        this.onAssigned = onAssigned;
    }

    /** The staff view the alerts topic is read into. */
    public AlertBoard board() {
        return board;
    }

    /** Alerts newest first, all or those with the given status. */
    public List<Alert> alerts(AlertStatus statusOrNull) {
        return board.alerts(statusOrNull);
    }

    public Optional<Alert> alert(String id) {
        return board.alert(id);
    }

    /** @throws java.util.NoSuchElementException naming the id when no such alert exists */
    public Alert acknowledge(String id, String user) {
        return board.acknowledge(id, user);
    }

    /** @throws java.util.NoSuchElementException naming the id when no such alert exists */
    public Alert resolve(String id, String user) {
        Alert resolved = board.resolve(id, user);
        onResolvedByStaff.accept(id);
        return resolved;
    }

    /** Gives an alert to a staff member with a response deadline; unknown id → NoSuchElementException. */
    public Assignment assign(String id, String assignee, Instant dueBy, String user) {
        Assignment a = board.assign(id, assignee, dueBy, user);
        board.alert(id).ifPresent(onAssigned);
        return a;
    }

    public Optional<Assignment> assignment(String id) {
        return board.assignment(id);
    }

    /** Called for every new or updated alert, as staff see it (feeds the live list). */
    public void addListener(Consumer<Alert> listener) {
        board.addListener(listener);
    }

    /** All alerts as an Atom 1.0 feed whose links start with {@code baseUrl}. */
    public String atomFeed(String baseUrl) {
        return AtomFeed.write(board.alerts(null), baseUrl);
    }

    /** Every recorded staff action on an alert, oldest first. */
    public List<AuditEntry> audit(String alertId) {
        return board.audit(alertId);
    }

    private void writeBack(Alert alert) {
        try {
            producer.send(new ProducerRecord<>(topics.alerts.name(), alert.id(), alert)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing alert " + alert.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write alert " + alert.id() + " to " + topics.alerts.name()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
