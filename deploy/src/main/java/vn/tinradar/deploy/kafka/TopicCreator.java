package vn.tinradar.deploy.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * Creates TinRadar's topics that are missing, with the layout's partitions, replicas and per-topic retention.
 * Existing topics are left alone (an operator may have tuned them); one with fewer replicas than asked for is
 * logged.
 */
public final class TopicCreator {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);
    private static final Duration LEADER_WAIT = Duration.ofSeconds(30);

    private TopicCreator() {
    }

    public static void ensure(Properties kafka, Topics topics, TopicLayout layout) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, topics.prefix() + "topic-creator");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (Topic<String, ?> topic : topics.all()) {
                if (existing.contains(topic.name())) {
                    present.add(topic.name());
                } else {
                    missing.add(new NewTopic(topic.name(), Optional.of(layout.partitions()), layout.replicas())
                            .configs(layout.configOf(topics, topic)));
                }
            }
            if (!missing.isEmpty()) {
                createEach(admin, missing);
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
                LOG.info("event=topics_created count={} partitions={} replicas={}", missing.size(), layout.partitions(),
                        layout.replicas().map(String::valueOf).orElse("broker-default"));
            }
            if (!present.isEmpty() && layout.replicas().isPresent()) {
                warnUnderReplicated(admin, present, layout.replicas().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics created on " + kafka.get("bootstrap.servers")
                    + " but " + e.getMessage(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException) {
                throw new KafkaAccessDenied("Kafka at " + kafka.get("bootstrap.servers") + " denies "
                        + ClientPrincipal.describe(kafka) + " creating or describing the topics " + topics.prefix()
                        + "*: " + e.getCause().getMessage() + "; grant it CREATE, DESCRIBE, READ and WRITE on the "
                        + "prefix '" + topics.prefix() + "' (deploy/README.md, Security)", e.getCause());
            }
            throw new IllegalStateException("cannot create topics on " + kafka.get("bootstrap.servers") + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Creates the topics; one another process created since the listing is fine: two instances started together
     * both find the topics missing, and the second to ask must not stop on that.
     */
    private static void createEach(Admin admin, List<NewTopic> missing) throws InterruptedException, ExecutionException {
        for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
            try {
                created.getValue().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                LOG.info("event=topic_created_meanwhile topic={}", created.getKey());
            }
        }
    }

    private static void warnUnderReplicated(Admin admin, List<String> names, short wanted)
            throws InterruptedException, ExecutionException {
        for (TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
            int replicas = topic.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
            if (replicas < wanted) {
                LOG.warn("event=topic_under_replicated topic={} replicas={} wanted={}", topic.name(), replicas, wanted);
            }
        }
    }

    /**
     * Waits until every partition of the new topics has a leader in the cluster metadata: createTopics returns once
     * the controller has accepted them, before the services start writing. (A burst of writes straight after can
     * still meet NOT_LEADER on a just-started broker; see the topology bench in docs/benchmarks.md.)
     */
    private static void awaitLeaders(Admin admin, List<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            List<String> leaderless = new ArrayList<>();
            try {
                for (TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
                    if (topic.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                        leaderless.add(topic.name());
                    }
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // the broker that answered has not yet heard of the topics the controller just accepted
                leaderless.addAll(names);
            }
            if (leaderless.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + leaderless + " have no leader after " + LEADER_WAIT);
            }
            Thread.sleep(100);
        }
    }
}
