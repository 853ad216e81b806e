package vn.tinradar.deploy.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates TinRadar's topics that are missing, with the configured partitions; existing ones are left alone. */
public final class TopicCreator {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {
    }

    public static void ensure(Properties kafka, Topics topics, int partitions, short replication) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<String, ?> topic : topics.all()) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), partitions, replication).configs(Map.copyOf(topic.config())));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                LOG.info("event=topics_created count={} partitions={}", missing.size(), partitions);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics on " + kafka.get("bootstrap.servers") + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
