package vn.tinradar.alerts;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.ledger.KafkaLedger;
import vn.tinradar.common.event.Alert;

/**
 * Which alerts this instance mails and calls the webhook for: those on the partitions of the {@code alerts} topic
 * that the consumer group {@code <prefix>alerts-delivery} assigns to it. Every instance reads the whole topic for
 * its staff view; only the owner of an alert's partition sends for it. The group's consumer only holds the
 * assignment (its partitions stay paused). A partition is given up only between two sends, so a send in progress
 * finishes and records its receipt before another instance may take the partition over. An instance that stops
 * heartbeating loses its partitions after {@link #FAILOVER_AFTER}.
 */
final class DeliveryLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLease.class);

    /** The group's session timeout: how long a dead instance's alerts wait before another instance sends them. */
    static final Duration FAILOVER_AFTER = Duration.ofSeconds(10);

    private final String topic;
    private final Properties settings;
    private final Consumer<Runnable> betweenSends;
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> partitionOf = new ConcurrentHashMap<>();
    private final AtomicBoolean gained = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /**
     * @param group the delivery group's id, {@code <prefix>alerts-delivery}
     * @param betweenSends runs an action while no send is in progress (the notifier's lock)
     */
    DeliveryLease(String topic, String group, Properties kafka, Consumer<Runnable> betweenSends) {
        this.topic = topic;
        this.betweenSends = betweenSends;
        this.settings = KafkaLedger.committedReader(kafka, group + "-" + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(System.identityHashCode(this)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) FAILOVER_AFTER.toMillis());
        settings.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) FAILOVER_AFTER.toMillis() / 4);
        this.thread = new Thread(this::run, "alerts-delivery-lease");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Notes which partition an alert was read from; its owner is the owner of that partition. */
    void locate(String alertId, int partition) {
        partitionOf.put(alertId, partition);
    }

    /** Whether this instance sends for the alert now; false for an alert not read from the topic yet. */
    boolean owns(Alert alert) {
        Integer partition = partitionOf.get(alert.id());
        return partition != null && owned.contains(partition);
    }

    boolean ownsPartition(int partition) {
        return owned.contains(partition);
    }

    /** True once after partitions were assigned: the alerts already read from them are owed an offer. */
    boolean takeGained() {
        return gained.getAndSet(false);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kc = new KafkaConsumer<>(settings, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = kc;
                if (!running) {
                    return;
                }
                kc.subscribe(List.of(topic), new Listener(kc));
                while (running) {
                    kc.poll(Duration.ofMillis(500));
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                release(Set.copyOf(owned), "error");
                LOG.warn("event=delivery-lease-failed retry-in-s=2 error=\"{}\"",
                        String.valueOf(e.getMessage()).replace('"', '\''));
                sleep();
            }
        }
    }

    private final class Listener implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, byte[]> kc;

        Listener(KafkaConsumer<String, byte[]> kc) {
            this.kc = kc;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // the lease is the assignment itself: nothing is fetched
            kc.pause(kc.assignment());
            if (partitions.isEmpty()) {
                return;
            }
            partitions.forEach(tp -> owned.add(tp.partition()));
            gained.set(true);
            LOG.info("event=delivery-partitions-assigned topic={} partitions={} owned={}", topic,
                    numbers(partitions), Set.copyOf(owned));
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            release(numbers(partitions), "revoked");
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            release(numbers(partitions), "lost");
        }
    }

    private void release(Set<Integer> partitions, String why) {
        if (partitions.isEmpty()) {
            return;
        }
        betweenSends.accept(() -> owned.removeAll(partitions));
        LOG.info("event=delivery-partitions-released topic={} partitions={} reason={}", topic, partitions, why);
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).collect(java.util.stream.Collectors.toSet());
    }

    private void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Gives up every partition after the send in progress, then leaves the group so another instance takes over. */
    @Override
    public void close() {
        release(Set.copyOf(owned), "closing");
        running = false;
        KafkaConsumer<String, byte[]> kc = consumer;
        if (kc != null) {
            kc.wakeup();
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
