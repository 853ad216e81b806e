package vn.tinradar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.kafka.Topics;

/** What the service adds to the Kafka settings it is given, and its lifecycle before and after start. */
class AnalyzeServiceTest {

    @TempDir
    Path dataDir;

    @Test
    void runsExactlyOnceUnderItsOwnApplicationIdAndStateDir() {
        Properties given = new Properties();
        given.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");

        Properties p = AnalyzeService.streamsProperties(AnalyzeConfig.defaults(), new Topics("demo."), given, dataDir);

        assertThat(p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("localhost:9092");
        assertThat(p.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("demo.analyze");
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo(dataDir.resolve("streams-analyze").toString());
        // issue 16: each of the five topics an article crosses in analyze waits for a commit; 1000 made alerts 5 s late
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100);
    }

    @Test
    void answersEmptyBeforeStartAndClosesTwiceQuietly() {
        AnalyzeService service = new AnalyzeService(AnalyzeConfig.defaults(), Topics.withDefaultPrefix(),
                new Properties(), dataDir, new KeywordTestScorer(), new SimpleMeterRegistry());

        assertThat(service.article("0123456789abcdef")).isEmpty();
        assertThat(service.stories(10)).isEmpty();
        assertThat(service.trends(10)).isEmpty();
        assertThat(service.indexedCount()).isZero();
        assertThatThrownBy(() -> service.search().search(vn.tinradar.analyze.query.search.SearchRequest.of("sạt lở")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        service.close();
        service.close();
        assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
    }
}
