package vn.tinradar.deploy.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.concurrent.DaemonScheduler;

/**
 * Whether this process reaches its Kafka cluster: every probe interval ({@code kafka.health.probe-ms}, by default
 * {@link #PROBE_EVERY}) an admin client asks a broker to describe the cluster, and the cluster counts as unreachable
 * once no broker answered for {@code kafka.health.not-ready-after-ms} ({@link #UNREACHABLE_AFTER}). Kafka Streams
 * stays RUNNING while every broker is down (its clients retry), so its state cannot tell; one small metadata request
 * every few seconds can, for every role a process runs. Exported as {@code tinradar_kafka_brokers_reachable} (1 or 0)
 * and {@code tinradar_kafka_brokers_contact_age_seconds}; each change is logged once ({@code event=kafka-unreachable},
 * {@code event=kafka-reachable}). After each answered probe it also checks this installation's own partitions
 * ({@link PartitionCheck}: a leader, enough replicas in sync), exported as {@code tinradar_kafka_partitions_leaderless}
 * and {@code tinradar_kafka_partitions_under_min_isr}, logged once per change ({@code event=kafka-partitions-...}).
 */
public final class BrokerContact implements MeterBinder, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerContact.class);
    /** Often enough that a load balancer stops sending users within about 20 s, at one tiny request per probe. */
    static final Duration PROBE_EVERY = Duration.ofSeconds(5);
    /** Three probes in a row unanswered: one slow answer on a loaded cluster does not flip readiness. */
    static final Duration UNREACHABLE_AFTER = Duration.ofSeconds(15);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(4);

    /**
     * What the last probes found.
     *
     * @param lastContact when a broker last answered, or null if none has since the start
     * @param reason why the cluster counts as unreachable (the last probe's error), or null when reachable
     */
    public record Status(boolean reachable, Instant lastContact, String reason) {
    }

    private final Duration probeEvery;
    private final Duration unreachableAfter;
    private final Admin admin;
    private final Clock clock;
    private final Instant started;
    private final ScheduledExecutorService prober = DaemonScheduler.named("kafka-broker-contact");
    private volatile Instant lastContact;
    private volatile String lastError = "no probe yet";
    private volatile boolean reportedUnreachable;
    private final String prefix;
    private volatile PartitionCheck.Result partitions;
    private volatile String partitionsError;
    private volatile boolean reportedNotWritable;

    /**
     * @param clientIdPrefix the topic prefix: the cluster's operators see whose probe it is, and the partitions
     *     checked are those of the topics it begins
     */
    public BrokerContact(Properties kafka, String clientIdPrefix, Clock clock) {
        this(kafka, clientIdPrefix, PROBE_EVERY, UNREACHABLE_AFTER, clock);
    }

    /** With other timings: a test that stops its broker need not wait 15 s. */
    public BrokerContact(Properties kafka, String clientIdPrefix, Duration probeEvery, Duration unreachableAfter,
                         Clock clock) {
        if (probeEvery.isNegative() || probeEvery.isZero() || unreachableAfter.compareTo(probeEvery) <= 0) {
            throw new IllegalArgumentException("the probe interval must be > 0 and shorter than the unreachable"
                    + " window, but was " + probeEvery + " and " + unreachableAfter);
        }
        this.probeEvery = probeEvery;
        this.unreachableAfter = unreachableAfter;
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, clientIdPrefix + "broker-contact");
        this.admin = Admin.create(p);
        this.clock = clock;
        this.started = clock.instant();
        this.prefix = clientIdPrefix;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tinradar.kafka.brokers.reachable", this, c -> c.status().reachable() ? 1 : 0)
                .description("1 while a Kafka broker answered lately (15 s by default), else 0").register(registry);
        Gauge.builder("tinradar.kafka.brokers.contact.age", this, BrokerContact::secondsSinceContact)
                .baseUnit("seconds").description("Seconds since a Kafka broker last answered this process")
                .register(registry);
        Gauge.builder("tinradar.kafka.partitions.leaderless", this,
                        c -> c.partitions == null ? Double.NaN : c.partitions.leaderlessCount())
                .description("Partitions of this installation's topics without a leader, at the last check")
                .register(registry);
        Gauge.builder("tinradar.kafka.partitions.under.min.isr", this,
                        c -> c.partitions == null ? Double.NaN : c.partitions.underMinIsrCount())
                .description("Partitions of this installation's topics with fewer in-sync replicas than"
                        + " min.insync.replicas (acks=all writes refused), at the last check").register(registry);
    }

    /** The last check of this installation's partitions; empty until one was answered. */
    public java.util.Optional<PartitionCheck.Result> partitions() {
        return java.util.Optional.ofNullable(partitions);
    }

    /** Why the last check of the partitions failed, or null when it was answered. */
    public String partitionsError() {
        return partitionsError;
    }

    /** Probes once now, then every probe interval in the background. */
    public BrokerContact start() {
        probe();
        prober.scheduleWithFixedDelay(this::probe, probeEvery.toMillis(), probeEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    /** Reachable while the last answer of a broker is more recent than the unreachable window. */
    public Status status() {
        Instant last = lastContact;
        boolean reachable = last != null
                && Duration.between(last, clock.instant()).compareTo(unreachableAfter) < 0;
        if (reachable) {
            return new Status(true, last, null);
        }
        String since = last == null ? "since the start " + secondsAgo(started) + " s ago"
                : "for " + secondsAgo(last) + " s";
        return new Status(false, last, "no Kafka broker answered " + since + ": " + lastError);
    }

    private void probe() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
                    .nodes().get(PROBE_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            lastContact = clock.instant();
            if (reportedUnreachable) {
                reportedUnreachable = false;
                LOG.info("event=kafka-reachable");
            }
            checkPartitions();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            lastError = cause.getClass().getSimpleName() + " " + String.valueOf(cause.getMessage()).replace('"', '\'');
            Status now = status();
            if (!now.reachable() && !reportedUnreachable) {
                reportedUnreachable = true;
                LOG.warn("event=kafka-unreachable reason=\"{}\"", now.reason());
            }
        }
    }

    private void checkPartitions() throws InterruptedException {
        try {
            PartitionCheck.Result r = PartitionCheck.run(admin, prefix, PROBE_TIMEOUT, clock.instant());
            partitions = r;
            partitionsError = null;
            if (!r.writable() && !reportedNotWritable) {
                reportedNotWritable = true;
                LOG.warn("event=kafka-partitions-not-writable leaderless={} under-min-isr={} examples=\"{}\"",
                        r.leaderlessCount(), r.underMinIsrCount(),
                        String.join(", ", java.util.stream.Stream.concat(r.leaderless().stream(),
                                r.underMinIsr().stream()).toList()));
            } else if (r.writable() && reportedNotWritable) {
                reportedNotWritable = false;
                LOG.info("event=kafka-partitions-writable partitions={}", r.partitions());
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            // the broker answered the probe: a check that fails (a denied describe, a slow broker) is detail only
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            partitionsError = cause.getClass().getSimpleName() + " " + String.valueOf(cause.getMessage())
                    .replace('"', '\'');
        }
    }

    private double secondsSinceContact() {
        Instant last = lastContact;
        return Duration.between(last == null ? started : last, clock.instant()).toMillis() / 1000.0;
    }

    private long secondsAgo(Instant t) {
        return Duration.between(t, clock.instant()).toSeconds();
    }

    @Override
    public void close() {
        prober.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
