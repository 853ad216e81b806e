package vn.tinradar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;

/**
 * Two analyze instances, each keeping a standby of the other's partitions: the standby copies hold a complete Lucene
 * shard, not only the articles store, so when one instance leaves, the other serves its partition without
 * re-indexing it (at a million articles that re-index took 8 minutes on two cores, docs/benchmarks.md).
 */
class StandbyTakeOverIT {

    private static final Topics TOPICS = new Topics("it-standby.");
    private static final int PARTITIONS = 2;
    private static final int ARTICLES = 400;
    private static final OffsetDateTime FIRST = Fixtures.at("2026-10-01T06:00:00");
    private static TestBroker broker;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestBroker.start(TOPICS, PARTITIONS);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void theInstanceTakingOverFromAStandbyServesThePartitionWithoutReindexingIt() throws Exception {
        try (AnalyzeInstance a = instance("a"); AnalyzeInstance b = instance("b");
             KafkaProducer<String, byte[]> scoring = new KafkaProducer<>(broker.kafka(), new StringSerializer(),
                     new ByteArraySerializer())) {
            a.service.start();
            b.service.start();
            TestBroker.await(() -> a.running() && b.running(), "both instances running");
            AnalyzeInstance.writeScored(scoring, TOPICS, reports(ARTICLES));
            TestBroker.await(() -> a.service.indexedCount() + b.service.indexedCount() == ARTICLES,
                    ARTICLES + " articles indexed over both instances");
            TestBroker.await(() -> a.service.standbyIndexedCount() + b.service.standbyIndexedCount() == ARTICLES,
                    "every article in a standby's shard too");
            long onB = b.service.indexedCount();
            assertThat(onB).isPositive().isLessThan(ARTICLES);
            double catchUpsBefore = a.catchUps();

            b.service.close();
            TestBroker.await(() -> a.catchUps() > catchUpsBefore && a.service.search().catchingUp().isEmpty(),
                    "the partition a gained has caught up");

            assertThat(a.service.indexedCount()).isEqualTo(ARTICLES);
            assertThat(a.reindexed()).as("articles re-indexed on a by the take-over").isZero();
            assertThat(a.service.standbyIndexedCount()).as("standby documents left on a").isZero();
        }
    }

    /** A provincial paper's reports on the harvest, one an hour from the first of October. */
    private static List<Article> reports(int count) {
        String[] communes = {"Bảo Yên", "Bát Xát", "Mường Hum", "Sa Pa", "Bắc Hà", "Văn Bàn", "Si Ma Cai"};
        String[] crops = {"lúa mùa", "ngô đông", "chè shan tuyết", "quế", "chuối"};
        List<Article> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String commune = communes[n % communes.length];
            String crop = crops[(n / communes.length) % crops.length];
            out.add(article("https://baolaocai.vn/nong-nghiep/thu-hoach-" + n + ".html", "baolaocai",
                    SourceTier.PROVINCIAL_PRESS, "Xã " + commune + " thu hoạch " + crop + " vụ " + n,
                    "Nông dân xã " + commune + " đang thu hoạch " + crop + ", năng suất ước đạt " + (n % 30 + 40)
                            + " tạ/ha, cao hơn vụ trước " + (n % 7 + 1) + " tạ.",
                    FIRST.plusHours(n)));
        }
        return out;
    }

    /** An analyze instance that asks for one standby replica. */
    private AnalyzeInstance instance(String name) {
        Properties kafka = broker.kafka();
        kafka.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        return new AnalyzeInstance(AnalyzeInstance.config(""), TOPICS, kafka, dataDir.resolve(name));
    }
}
