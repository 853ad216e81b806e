package vn.tinradar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.education;
import static vn.tinradar.analyze.Fixtures.landslide;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.query.forecast.ForecastQuery;
import vn.tinradar.analyze.query.forecast.KeyForecast;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.analyze.query.trends.TrendWatch;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.SavedSearch;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Two analyze instances share the partitions on a real KRaft broker, each with {@code application.server} set to
 * its own HTTP server: search on either returns the hits, totals and facets of both instances' shards, an article
 * held by the other instance is found, a trend key's forecast is made by whichever instance holds its counts, both
 * tell whether each of the four partitions is watched for trend bursts (issue 11), and claims and saved searches
 * entered on one are seen by the other.
 * In-process counterpart of the merge: {@code ShardedSearchTest}.
 */
class TwoInstancesIT {

    private static final Topics TOPICS = new Topics("it2.");
    // four partitions: the two instances get two tasks each of every step
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 4);
    private static final String SECRET = "bí-mật-chung-của-các-máy";
    /** The product's scorer: the claim signal needs the pipeline's context, which only it reads. */
    private static final DefaultArticleScorer SCORER = DefaultArticleScorer.load(null);
    /** Days of Sa Pa school news before today: more than the forecaster's minimum of 14. */
    private static final int HISTORY_DAYS = 16;

    @TempDir
    Path dataDir;

    @Test
    void eitherInstanceAnswersForTheWholeApplication() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        // sent before the instances start, so the weeks of history are counted before any of today's articles
        List<Article> history = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        for (int d = HISTORY_DAYS; d >= 1; d--) {
            history.add(education(100 + d, today.minusDays(d).atTime(9, 0).atOffset(ZoneOffset.ofHours(7))));
        }
        KAFKA.broker().sendArticles(history);
        try (Instance a = new Instance("a"); Instance b = new Instance("b")) {
            a.service.start();
            b.service.start();
            TestBroker.await(() -> a.running() && b.running(), "both instances running");

            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                articles.add(landslide(i, now.minusMinutes(60 - 4L * i)));
            }
            KAFKA.broker().sendArticles(articles);
            long all = 12 + HISTORY_DAYS;
            TestBroker.await(() -> a.service.indexedCount() + b.service.indexedCount() == all, "every article indexed");
            TestBroker.await(() -> a.service.indexedCount() > 0 && b.service.indexedCount() > 0, "shards on both instances");
            assertThat(a.service.indexedCount()).isLessThan(all);

            // issue 11: a day of 13 articles at most over four partitions is too thin to watch for bursts; both
            // instances say so for all four partitions, each reading the other's over the peer route
            List<Article> sent = new ArrayList<>(history);
            sent.addAll(articles);
            assertThat(a.service.localTrendWatch().partitions() + b.service.localTrendWatch().partitions()).isEqualTo(4);
            for (Instance x : List.of(a, b)) {
                TrendWatch watch = x.service.trendWatch();
                assertThat(watch.unansweredBy()).as("unanswered on %s", x.name).isEmpty();
                assertThat(watch.byPartition()).as("partitions seen from %s", x.name)
                        .extracting(PartitionWatch::partition).containsExactly(0, 1, 2, 3);
                assertThat(watch.watching()).isZero();
                assertThat(watch.byPartition().stream().mapToLong(PartitionWatch::articlesPastDay).sum())
                        .as("articles of the past day seen from %s", x.name).isEqualTo(inThePastDay(sent));
            }

            SearchResult fromA = a.service.search().search(SearchRequest.of("sat lo bao yen").withPage(0, 50));
            SearchResult fromB = b.service.search().search(SearchRequest.of("sat lo bao yen").withPage(0, 50));
            assertThat(fromA.total()).isEqualTo(12);
            assertThat(fromA.unreachable()).isEmpty();
            assertThat(ids(fromA)).containsExactlyElementsOf(ids(fromB));
            assertThat(fromA.hits()).extracting(SearchResult.Hit::score)
                    .containsExactlyElementsOf(fromB.hits().stream().map(SearchResult.Hit::score).toList());
            assertThat(fromA.facets().get("source")).singleElement()
                    .satisfies(f -> assertThat(f.count()).isEqualTo(12));

            SearchResult byTime = b.service.search().search(SearchRequest.fromParams(Map.of("q", "sạt lở",
                    "sort", "time", "size", "50")));
            List<String> newestFirst = new ArrayList<>(articles.stream().map(Article::id).toList());
            java.util.Collections.reverse(newestFirst);
            assertThat(ids(byTime)).containsExactlyElementsOf(newestFirst);

            // every article is found from either side, including those whose partition the other holds
            for (Article x : articles) {
                assertThat(a.service.article(x.id())).as("article %s from a", x.id()).isPresent();
                assertThat(b.service.article(x.id())).as("article %s from b", x.id()).isPresent();
            }
            TestBroker.await(() -> !a.service.stories(5).isEmpty() && !b.service.stories(5).isEmpty(), "stories from both");

            // one instance holds the counts of the ward: both give its forecast from all of them (issue 14)
            String ward = a.service.article(history.get(0).id()).orElseThrow().places().stream()
                    .filter(p -> p.name() != null && p.name().contains("Sa Pa")).map(PlaceTag::id).findFirst()
                    .orElseThrow();
            TestBroker.await(() -> a.service.forecast("place", ward, 1).historyArticles() == HISTORY_DAYS
                    && b.service.forecast("place", ward, 1).historyArticles() == HISTORY_DAYS, "the ward's forecast on both");
            for (Instance x : List.of(a, b)) {
                List<KeyForecast> f = x.service.forecasts(List.of(new ForecastQuery("place", ward, 1),
                        new ForecastQuery("place", ward, 3)));
                assertThat(f).allSatisfy(k -> {
                    assertThat(k.enoughHistory()).as("forecast of %s on %s", ward, x.name).isTrue();
                    assertThat(k.unansweredBy()).isNull();
                    assertThat(k.expected()).isBetween(0.5, 4.0);
                });
                assertThat(f.get(1).days()).isEqualTo(3);
            }

            // a claim entered on one instance is listed on the other and matches new articles on both
            Claim claim = a.service.claims().add(new ClaimDraft("Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền",
                    "false", "Sở Y tế tỉnh Lào Cai", "18/11/2026", "https://laocai.gov.vn/cai-chinh-benh-vien"), "admin");
            TestBroker.await(() -> b.service.claims().list().stream().anyMatch(c -> c.id().equals(claim.id())), "claim on b");
            Article copy = article("https://tinnong24h.net/benh-vien", "tinnong24h", SourceTier.UNLICENSED_SITE,
                    "Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền",
                    "Người nhà cho biết sản phụ bị bỏ mặc suốt hai giờ trong đêm.", now);
            KAFKA.broker().sendArticles(List.of(copy));
            TestBroker.await(() -> b.service.article(copy.id()).isPresent(), "the copy indexed");
            assertThat(a.service.article(copy.id()).orElseThrow().suspicion().signals())
                    .anySatisfy(s -> assertThat(s.name()).isEqualTo("debunked-claim"));

            // a search saved on one instance is listed on the other
            SavedSearch saved = b.service.savedSearches().save("lan.nguyen", "Sạt lở Bảo Yên",
                    Map.of("q", "sạt lở", "place", "Bảo Yên", "sort", "time"));
            TestBroker.await(() -> a.service.savedSearches().list("lan.nguyen").stream()
                    .anyMatch(s -> s.id().equals(saved.id())), "saved search on a");

            // a day of the national press's normal volume: every partition is watched from the end of an hour of it
            OffsetDateTime flowFrom = now.minusMinutes(50);
            List<Article> flow = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                flow.add(article("https://vnexpress.net/ha-noi-phan-luong-giao-thong-" + i, "vnexpress",
                        SourceTier.NATIONAL_PRESS, "Hà Nội phân luồng giao thông quanh hồ Hoàn Kiếm dịp lễ hội, đợt " + i,
                        "Sở Xây dựng Hà Nội phân luồng giao thông quanh hồ Hoàn Kiếm từ tối thứ sáu, đợt " + i + ".",
                        flowFrom.plusMinutes(i)));
            }
            KAFKA.broker().sendArticles(flow);
            TestBroker.await(() -> a.service.trendWatch().watching() == 4 && b.service.trendWatch().watching() == 4,
                    "every partition watched, seen from both");
            for (Instance x : List.of(a, b)) {
                assertThat(x.service.trendWatch().byPartition()).allSatisfy(p -> {
                    assertThat(p.articlesPastDay()).isNull();
                    assertThat(p.watchingSince()).isAfter(flowFrom.toInstant())
                            .isBeforeOrEqualTo(flowFrom.plusHours(2).toInstant());
                    assertThat(p.watchingSince().getEpochSecond() % 3600).as("a whole hour").isZero();
                });
            }
        }
    }

    /** One analyze service and the HTTP server its peers reach it on. */
    private final class Instance implements AutoCloseable {
        final String name;
        final PeerHttpServer http;
        final AnalyzeService service;

        Instance(String name) {
            this.name = name;
            AtomicReference<AnalyzeService> self = new AtomicReference<>();
            http = new PeerHttpServer(() -> self.get().peerApi());
            Properties kafka = new Properties();
            kafka.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
            kafka.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + http.port());
            service = new AnalyzeService(AnalyzeConfig.defaults(), TOPICS, kafka, dataDir.resolve(name),
                    SCORER, new SimpleMeterRegistry(), SECRET, Clock.systemUTC());
            self.set(service);
        }

        boolean running() {
            return service.streams().state() == KafkaStreams.State.RUNNING;
        }

        @Override
        public void close() {
            service.close();
            http.close();
        }
    }

    /** Articles dated in the 24 clock hours up to and including the current one: the trend watch's past day. */
    private static long inThePastDay(List<Article> articles) {
        Instant dayStart = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(23, ChronoUnit.HOURS);
        return articles.stream().filter(x -> !x.published().toInstant().isBefore(dayStart)).count();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
