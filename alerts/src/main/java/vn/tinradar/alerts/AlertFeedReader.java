package vn.tinradar.alerts;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.delivery.Notifier;
import vn.tinradar.alerts.ledger.KafkaLedger;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;

/**
 * The notifier thread: loads the ledger, then reads the {@code alerts} topic from the beginning (committed
 * records only) into the board and hands each changed alert, once per poll and in its latest state, to the
 * notifier, which sends only for the alerts whose partition this instance's {@link DeliveryLease} holds. Also
 * retries failed sends and, every minute and whenever the lease gains partitions, offers every unresolved alert
 * again (a silence may have ended, an escalation step or an assignment's deadline come due, another instance
 * stopped). An unreadable record is logged and skipped.
 */
final class AlertFeedReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeedReader.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final String topic;
    private final Properties kafka;
    private final KafkaLedger ledger;
    private final AlertBoard board;
    private final Notifier notifier;
    private final DeliveryLease lease;
    private final Serde<Alert> serde;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean ledgerLoaded;
    private volatile KafkaConsumer<String, byte[]> consumer;

    AlertFeedReader(String topic, Properties kafka, KafkaLedger ledger, AlertBoard board, Notifier notifier,
                    DeliveryLease lease, Serde<Alert> serde) {
        this.topic = topic;
        this.kafka = kafka;
        this.ledger = ledger;
        this.board = board;
        this.notifier = notifier;
        this.lease = lease;
        this.serde = serde;
        this.thread = new Thread(this::run, "alerts-notifier");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** True once the ledger is read: from then on what was already sent is known. */
    boolean ledgerLoaded() {
        return ledgerLoaded;
    }

    private void run() {
        if (!loadLedger()) {
            return;
        }
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                // start over from the beginning: the board ignores what it has, the ledger what was sent
                LOG.error("event=notifier-failed retry-in-s=5 error=\"{}\"", e.toString(), e);
                sleep(5000);
            }
        }
    }

    private void consume() {
        // read_committed: aborted Streams transactions must never reach staff or the mail server
        try (KafkaConsumer<String, byte[]> kc = new KafkaConsumer<>(KafkaLedger.committedReader(kafka,
                topic + "-notifier"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = kc;
            if (!running) {
                return;
            }
            List<TopicPartition> partitions = waitForPartitions(kc);
            kc.assign(partitions);
            kc.seekToBeginning(partitions);
            long nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
            while (running) {
                Set<String> changed = new LinkedHashSet<>();
                for (ConsumerRecord<String, byte[]> r : kc.poll(Duration.ofMillis(500))) {
                    Alert alert = read(r);
                    if (alert != null) {
                        lease.locate(alert.id(), r.partition());
                        safely(() -> {
                            if (board.accept(alert).isPresent()) {
                                changed.add(alert.id());
                            }
                        });
                    }
                }
                for (String id : changed) {
                    board.alert(id).ifPresent(this::offer);
                }
                safely(notifier::retryDue);
                if (lease.takeGained() || System.nanoTime() > nextSweep) {
                    // firing ones may be due a reminder or escalation, acknowledged ones an overdue assignment; on
                    // partitions just taken over, alerts their previous owner did not finish
                    board.alerts(null).stream().filter(a -> a.status() != AlertStatus.RESOLVED).forEach(this::offer);
                    nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
                }
            }
        }
    }

    private boolean loadLedger() {
        while (running) {
            try {
                ledger.load(Duration.ofSeconds(30));
                ledgerLoaded = true;
                return true;
            } catch (RuntimeException e) {
                LOG.warn("event=ledger-load-failed retry-in-s=2 error=\"{}\"", e.getMessage());
                sleep(2000);
            }
        }
        return false;
    }

    private List<TopicPartition> waitForPartitions(KafkaConsumer<String, byte[]> kc) {
        while (running) {
            var infos = kc.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            LOG.warn("event=topic-missing topic={} retry-in-s=2", topic);
            sleep(2000);
        }
        throw new WakeupException();
    }

    private Alert read(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            return null;
        }
        try {
            return serde.deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            LOG.warn("event=record-skipped topic={} partition={} offset={} reason=\"{}\"", r.topic(), r.partition(),
                    r.offset(), String.valueOf(e.getMessage()).replace('"', '\''));
            return null;
        }
    }

    private void offer(Alert alert) {
        safely(() -> notifier.notify(alert));
    }

    private void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // e.g. the ledger unreachable: the send is retried on the next sweep or restart
            LOG.warn("event=notify-failed error=\"{}\"", e.toString());
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> kc = consumer;
        if (kc != null) {
            kc.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
