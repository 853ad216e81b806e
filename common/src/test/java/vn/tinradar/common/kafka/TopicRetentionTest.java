package vn.tinradar.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicRetentionTest {

    @Test
    void deletingTopicKeepsRecordsForItsRetentionMs() {
        assertThat(TopicRetention.retention("delete", "34560000000")).hasValue(Duration.ofDays(400));
    }

    @Test
    void minusOneMeansKeptForever() {
        assertThat(TopicRetention.retention("delete", "-1")).isEmpty();
    }

    @Test
    void compactedOnlyTopicKeepsTheLatestValueForever() {
        assertThat(TopicRetention.retention("compact", "604800000")).isEmpty();
    }

    @Test
    void compactedAndDeletingTopicStillLosesOldRecords() {
        assertThat(TopicRetention.retention("compact,delete", "604800000")).hasValue(Duration.ofDays(7));
    }
}
