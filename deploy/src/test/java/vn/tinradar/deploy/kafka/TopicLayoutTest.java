package vn.tinradar.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;

/** How each topic is created by default: compacted, or kept for a time of its own rather than the broker's. */
class TopicLayoutTest {

    private final Topics topics = new Topics("laocai.");
    private final TopicLayout defaults = Settings.load(null).deploy().kafka().topicLayout();

    @Test
    void everyTopicIsCompactedOrKeptForATimeOfItsOwn() {
        for (Topic<String, ?> topic : topics.all()) {
            Map<String, String> config = defaults.configOf(topics, topic);
            assertThat(config.get("cleanup.policy").equals("compact") || config.containsKey("retention.ms"))
                    .as("%s: %s", topic.name(), config).isTrue();
        }
    }

    @Test
    void articlesAreKeptAtLeast400DaysForTheAnnualReport() {
        long kept = Long.parseLong(defaults.configOf(topics, topics.articlesRaw).get("retention.ms"));

        assertThat(Duration.ofMillis(kept)).isGreaterThanOrEqualTo(Duration.ofDays(400));
        assertThat(defaults.configOf(topics, topics.articlesScored)).containsEntry("retention.ms", Long.toString(kept));
    }

    @Test
    void stateTopicsAreCompactedWithoutATimeLimit() {
        assertThat(defaults.configOf(topics, topics.deliveries)).containsExactly(Map.entry("cleanup.policy", "compact"));
        assertThat(defaults.configOf(topics, topics.crawlState)).containsExactly(Map.entry("cleanup.policy", "compact"));
    }

    @Test
    void replicasAreLeftToTheBrokersDefaultUnlessConfigured() {
        assertThat(defaults.replicas()).isEmpty();
        assertThat(new TopicLayout(3, 3, Duration.ofDays(400), Duration.ofDays(90), Duration.ofDays(30)).replicas())
                .contains((short) 3);
    }
}
