package vn.tinradar.deploy.kafka;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * Before any service of a process starts on a secured cluster: can TinRadar's principal sign in, and does it hold
 * the ACLs its topics, Kafka Streams groups and transactional ids need? Otherwise one {@link KafkaAccessDenied} names
 * the principal and everything missing, instead of a stream thread dying later with a stack trace.
 *
 * <p>What is checked: sign-in; READ, WRITE and DESCRIBE on each topic that exists (a missing one needs CREATE, which
 * topic creation checks); DESCRIBE on each group (its committed offsets are read); DESCRIBE on a transactional id
 * under each Streams application id. A grant of DESCRIBE alone on a group or transactional id passes here and fails
 * when Streams joins or commits.
 */
public final class KafkaAccessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaAccessCheck.class);
    private static final long TIMEOUT_S = 30;
    private static final Set<AclOperation> TOPIC_NEEDS = EnumSet.of(AclOperation.READ, AclOperation.WRITE,
            AclOperation.DESCRIBE);

    private KafkaAccessCheck() {
    }

    /** True when the client settings authenticate, so the broker may enforce ACLs on a principal of ours. */
    public static boolean applies(Properties kafka) {
        return !"PLAINTEXT".equalsIgnoreCase(String.valueOf(kafka.getOrDefault("security.protocol", "PLAINTEXT")));
    }

    /**
     * Throws {@link KafkaAccessDenied} when the cluster refuses the sign-in or a grant is missing.
     *
     * @param streamsApps the application ids of the Kafka Streams apps this process runs (their groups and the
     *     prefix of their transactional ids)
     */
    public static void verify(Properties kafka, Topics topics, List<String> streamsApps) {
        String principal = ClientPrincipal.describe(kafka);
        Object bootstrap = kafka.get("bootstrap.servers");
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, topics.prefix() + "access-check");
        try (Admin admin = Admin.create(props)) {
            try {
                admin.describeCluster().clusterId().get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthenticationException) {
                    LOG.error("event=kafka_sign_in_refused principal=\"{}\" bootstrap={} reason=\"{}\"", principal,
                            bootstrap, e.getCause().getMessage());
                    throw new KafkaAccessDenied("Kafka at " + bootstrap + " refused to sign in " + principal + ": "
                            + e.getCause().getMessage() + " (check kafka.client.sasl.jaas.config and "
                            + "kafka.client.ssl.* in the settings)", e.getCause());
                }
                throw e;
            }
            List<String> missing = new ArrayList<>();
            missing.addAll(topicGrants(admin, topics));
            for (String app : streamsApps) {
                missing.addAll(groupGrant(admin, app));
                missing.addAll(transactionalIdGrant(admin, app));
            }
            if (!missing.isEmpty()) {
                String what = String.join("; ", missing);
                LOG.error("event=kafka_access_denied principal=\"{}\" bootstrap={} missing=\"{}\"", principal,
                        bootstrap, what);
                throw new KafkaAccessDenied("Kafka at " + bootstrap + " denies " + principal + ": " + what
                        + "; grant it ACLs on the prefix '" + topics.prefix() + "' for topics, groups and "
                        + "transactional ids (deploy/README.md, Security)", null);
            }
            LOG.info("event=kafka_access_checked principal=\"{}\" topics={} apps={}", principal, topics.all().size(),
                    streamsApps.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking access to " + bootstrap, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot check access to Kafka at " + bootstrap + ": " + cause.getMessage(),
                    cause);
        }
    }

    /** The topics whose grants fall short, grouped by what they lack, in the order {@link Topics} lists them. */
    private static List<String> topicGrants(Admin admin, Topics topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> names = topics.all().stream().map(Topic::name).toList();
        Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(names,
                new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
        Map<String, List<String>> byLack = new LinkedHashMap<>();
        for (String name : names) {
            try {
                Set<AclOperation> allowed = described.get(name).get(TIMEOUT_S, TimeUnit.SECONDS).authorizedOperations();
                if (allowed != null && !allowed.containsAll(TOPIC_NEEDS)) {
                    Set<AclOperation> lacking = EnumSet.copyOf(TOPIC_NEEDS);
                    lacking.removeAll(allowed);
                    byLack.computeIfAbsent(lacking.toString().replaceAll("[\\[\\]]", ""), k -> new ArrayList<>())
                            .add(name);
                }
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof TopicAuthorizationException) {
                    byLack.computeIfAbsent("DESCRIBE", k -> new ArrayList<>()).add(name);
                } else if (!(failed.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw failed;
                }
                // unknown: not created yet; creating it needs CREATE, which TopicCreator reports
            }
        }
        List<String> missing = new ArrayList<>();
        byLack.forEach((lack, topicNames) -> missing.add((topicNames.size() == 1 ? "topic " : "topics ")
                + String.join(", ", topicNames) + " (no " + lack + ")"));
        return missing;
    }

    private static List<String> groupGrant(Admin admin, String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(TIMEOUT_S, TimeUnit.SECONDS);
            return List.of();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupAuthorizationException) {
                return List.of("group " + group + " (no DESCRIBE, READ)");
            }
            throw e;
        }
    }

    private static List<String> transactionalIdGrant(Admin admin, String app)
            throws InterruptedException, ExecutionException, TimeoutException {
        // exactly-once Streams names its transactional ids <application.id>-<process>-<thread>
        String probe = app + "-access-check";
        try {
            admin.describeTransactions(List.of(probe)).description(probe).get(TIMEOUT_S, TimeUnit.SECONDS);
            return List.of();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TransactionalIdAuthorizationException) {
                return List.of("transactional ids " + app + "-* (no DESCRIBE, WRITE)");
            }
            if (e.getCause() instanceof TransactionalIdNotFoundException) {
                return List.of();
            }
            throw e;
        }
    }
}
