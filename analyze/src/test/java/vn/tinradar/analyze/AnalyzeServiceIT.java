package vn.tinradar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.landslide;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * The analyze service on a real single-node KRaft broker: articles are scored, indexed in the Lucene state stores
 * of two partitions, searchable, clustered and counted; after a restart the index holds the same number of
 * distinct articles, a re-delivered article is not counted again, and saved searches and reviewed claims are still
 * there. Two instances sharing the partitions: {@link TwoInstancesIT}. In-memory counterparts:
 * {@link AnalyzeTopologyTest}, {@link TrendsTopologyTest}.
 */
class AnalyzeServiceIT {

    private static final Topics TOPICS = new Topics("it.");
    // two partitions: two tasks, two Lucene shards that search must merge
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 2);

    @TempDir
    Path dataDir;

    @Test
    void indexesSearchesAndKeepsTheSameCountAcrossARestart() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        List<Article> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(landslide(i, now.minusMinutes(30 - 4L * i)));
        }
        // a week-old report first: TinRadar has been counting since, so the hour of the burst has a baseline
        KAFKA.broker().sendArticles(List.of(Fixtures.education(1, now.minusDays(8))));
        KAFKA.broker().sendArticles(burst);
        KAFKA.broker().sendArticles(List.of(burst.get(0))); // re-delivered by the crawler

        try (AnalyzeService service = service()) {
            service.start();
            TestBroker.await(() -> service.indexedCount() == 7, "7 articles indexed");
            SearchResult hits = service.search().search(SearchRequest.of("sat lo bao yen"));
            assertThat(hits.total()).isEqualTo(6);
            assertThat(hits.hits().get(0).snippet()).contains("<mark>");
            assertThat(service.article(burst.get(2).id())).get()
                    .satisfies(s -> assertThat(s.places()).isNotEmpty());
            TestBroker.await(() -> !service.stories(5).isEmpty(), "a story");
            TestBroker.await(() -> service.trends(10).stream().anyMatch(t -> t.kind().equals(Trend.TOPIC_PLACE)
                    && !t.backfill()), "a live topic-place burst");
            service.savedSearches().save("lan.nguyen", "Sạt lở Bảo Yên", java.util.Map.of("q", "sạt lở Bảo Yên"));
            service.claims().add(new vn.tinradar.analyze.query.claims.ClaimDraft(
                    "Đập thủy điện ở Bát Xát sắp vỡ trong đêm nay", "fake", "Sở Công Thương tỉnh Lào Cai",
                    "19/11/2026", "https://laocai.gov.vn/dap-bat-xat-an-toan"), "admin");
        }

        KAFKA.broker().sendArticles(List.of(burst.get(1))); // delivered again while analyze was down
        try (AnalyzeService restarted = service()) {
            restarted.start();
            TestBroker.await(() -> restarted.streams().state() == KafkaStreams.State.RUNNING, "running again");
            TestBroker.await(() -> restarted.indexedCount() == 7, "7 articles after restart");
            // the re-delivery processed and committed: it must not have added a document
            KAFKA.broker().awaitCommitted(TOPICS.prefix() + "analyze", TOPICS.articlesRaw.name());
            assertThat(restarted.indexedCount()).isEqualTo(7);
            assertThat(restarted.search().search(SearchRequest.of("sạt lở")).total()).isEqualTo(6);
            // what staff entered survives the restart: it lives in compacted topics
            TestBroker.await(() -> restarted.savedSearches().list("lan.nguyen").size() == 1, "the saved search back");
            assertThat(restarted.claims().list()).singleElement()
                    .satisfies(c -> assertThat(c.reviewedBy()).isEqualTo("Sở Công Thương tỉnh Lào Cai"));
        }
    }

    private AnalyzeService service() {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        // a handful of fixture articles, far under a real day's volume: watching starts at the first of them
        AnalyzeConfig config = AnalyzeConfig.from(ConfigDocument.parse("analyze-it.yaml",
                "analyze:\n  trend-watch-min-articles-per-day: 1\n")
                .overlay(ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE)));
        return new AnalyzeService(config, TOPICS, kafka, dataDir, new KeywordTestScorer(), new SimpleMeterRegistry());
    }
}
