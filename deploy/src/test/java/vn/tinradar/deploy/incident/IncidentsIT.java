package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;

/**
 * Incidents on a real broker with the real analysis: an incident opened on a landslide story collects its
 * articles, records a response and a task in the compacted {@code incidents} topic, reads back the same on a fresh
 * reader (another instance, or a restart), keeps collecting an article published after it was opened, and a
 * record that does not parse is skipped without losing the others. Pure parts: {@link IncidentTimelineTest},
 * {@link ResponseEffectTest}, {@link IncidentExportTest}.
 */
class IncidentsIT {

    private static final Topics TOPICS = new Topics("it-incident.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private final IncidentBook elsewhere = new IncidentBook();

    @TempDir
    static Path dataDir;

    private static Properties kafka() {
        return KAFKA.broker().kafka();
    }

    @Test
    void anIncidentOnAStoryIsStoredReadBackAndKeepsCollectingItsArticles() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(VN).minusHours(3).withNano(0);
        KAFKA.broker().sendArticles(List.of(landslide(1, "baolaocai", start),
                landslide(2, "laocaitv", start.plusMinutes(20)), landslide(3, "laocai-gov", start.plusMinutes(40))));
        try (AnalyzeService analyze = new AnalyzeService(AnalyzeConfig.defaults(), TOPICS, kafka(),
                     dataDir.resolve("analyze"), DefaultArticleScorer.load(null, Provinces.defaultProvince()),
                     new SimpleMeterRegistry());
             KafkaIncidentLog otherInstance = new KafkaIncidentLog(TOPICS, kafka(), elsewhere)) {
            analyze.start();
            TestBroker.await(() -> analyze.stories(5).stream().anyMatch(s -> s.articleCount() == 3),
                    "one story of the three reports");
            Story story = analyze.stories(5).get(0);
            IncidentBook book = new IncidentBook();
            KafkaIncidentLog writer = new KafkaIncidentLog(TOPICS, kafka(), book).start(Duration.ofSeconds(30));
            IncidentService incidents = new IncidentService(book, writer, subjects(analyze), Clock.systemUTC());
            IncidentCollector collector = new IncidentCollector(incidents, StoryArticles.of(analyze),
                    ScoredArticleFeed.NONE, Clock.systemUTC());

            Incident opened = incidents.open(new IncidentForms.Open(null, story.id(), null), "tran.thi.binh");
            assertThat(collector.collect(opened.id())).isEqualTo(3);
            incidents.respond(opened.id(), new IncidentForms.Response("UBND xã Mường Hum", "Chủ tịch UBND xã",
                    LocalDateTime.now(VN).minusMinutes(30).withNano(0).toString(), "Trang thông tin điện tử xã",
                    "Đã di dời 27 hộ dân đến nơi an toàn, không có thiệt hại về người.", null), "tran.thi.binh");
            incidents.addTask(opened.id(), new IncidentForms.Task("Theo dõi phản ánh của người dân trên mạng xã hội",
                    "le.van.cuong", LocalDateTime.now(VN).plusDays(1).withNano(0).toString()), "tran.thi.binh");

            // another instance (or this one restarted) reads the same incident from the topic
            otherInstance.start(Duration.ofSeconds(30));
            TestBroker.await(() -> elsewhere.get(opened.id()).filter(i -> i.tasks().size() == 1).isPresent(),
                    "the incident with its task on the other instance");
            Incident read = elsewhere.get(opened.id()).orElseThrow();
            assertThat(read.articles()).hasSize(3);
            assertThat(read.responses()).singleElement().satisfies(r -> assertThat(r.agency()).isEqualTo("UBND xã Mường Hum"));
            assertThat(read.changes()).extracting(c -> c.by() + " " + c.action()).containsExactly(
                    "tran.thi.binh open", "tinradar articles", "tran.thi.binh response", "tran.thi.binh task");

            KAFKA.broker().sendArticles(List.of(landslide(4, "baolaocai", OffsetDateTime.now(VN).withNano(0))));
            TestBroker.await(() -> collector.collect(opened.id()) == 1, "the later report collected");
            // the report is published within the second the task was added, so it need not be the newest entry
            assertThat(IncidentTimeline.of(incidents.get(opened.id()), List.of(), List.of(), List.of(), true))
                    .extracting(e -> e.title())
                    .contains("Sạt lở ở xã Mường Hum: cập nhật lần 4, di dời thêm hộ dân");
            writer.close();
        }
    }

    @Test
    void aRecordThatDoesNotParseIsSkippedAndTheOthersAreKept() throws Exception {
        Incident good = DamRumour.incident();
        try (KafkaIncidentLog writer = new KafkaIncidentLog(TOPICS, kafka(), new IncidentBook())
                .start(Duration.ofSeconds(30));
             KafkaProducer<String, byte[]> raw = new KafkaProducer<>(kafka(), new StringSerializer(),
                     new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TOPICS.incidents.name(), "inc-broken",
                    "{\"id\": \"inc-broken\", \"openedAt\": \"hôm qua\"".getBytes(StandardCharsets.UTF_8))).get();
            writer.write(good);
        }

        IncidentBook book = new IncidentBook();
        try (KafkaIncidentLog reader = new KafkaIncidentLog(TOPICS, kafka(), book).start(Duration.ofSeconds(30))) {
            TestBroker.await(() -> book.get(good.id()).isPresent(), "the good incident read past the broken one");
            assertThat(book.get(good.id()).orElseThrow().responses()).hasSize(1);
            assertThat(book.get("inc-broken")).isEmpty();
        }
    }

    @Test
    void aResponseWithNeitherTextNorLinkIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        IncidentBook book = new IncidentBook();
        try (KafkaIncidentLog log = new KafkaIncidentLog(TOPICS, kafka(), book).start(Duration.ofSeconds(30))) {
            Incident rumour = DamRumour.incident();
            log.write(rumour);
            IncidentService incidents = new IncidentService(book, log, subjects(null), Clock.systemUTC());

            assertThatThrownBy(() -> incidents.respond(rumour.id(), new IncidentForms.Response("Công an tỉnh Lào Cai",
                    null, "2026-11-19T21:00", "Trang Facebook Công an tỉnh", " ", null), "tran.thi.binh"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'text'");
            assertThatThrownBy(() -> incidents.addTask(rumour.id(), new IncidentForms.Task("Gỡ các bài đăng lại",
                    "le.van.cuong", "thứ Sáu"), "tran.thi.binh"))
                    .hasMessage("field 'deadline' must be a date and time like 2026-11-20T17:00 but was 'thứ Sáu'");
            assertThat(incidents.get(rumour.id())).isEqualTo(rumour);
        }
    }

    @Test
    void aClosedIncidentKeepsItsSummaryAndTakesNoMoreChanges() throws Exception {
        IncidentBook book = new IncidentBook();
        try (KafkaIncidentLog log = new KafkaIncidentLog(TOPICS, kafka(), book).start(Duration.ofSeconds(30))) {
            log.write(DamRumour.incident("inc-dam-closed"));
            IncidentService incidents = new IncidentService(book, log, subjects(null), Clock.systemUTC());
            incidents.close("inc-dam-closed", new IncidentForms.Close("Tin giả bị gỡ sau 26 giờ; không còn trang nào đăng lại.",
                    "Cải chính sớm hơn trên trang mạng xã hội của tỉnh."), "tran.thi.binh");

            assertThatThrownBy(() -> incidents.handover("inc-dam-closed", new IncidentForms.Handover("Ca sáng tiếp tục theo dõi"),
                    "le.van.cuong")).hasMessageContaining("incident inc-dam-closed was closed by tran.thi.binh");
            assertThat(book.get("inc-dam-closed").orElseThrow().changes()).last()
                    .satisfies(c -> assertThat(c.action()).isEqualTo("close"));
        }
    }

    @Test
    void twoInstancesChangingOneIncidentAtOnceRefuseTheLaterChangeVisiblyAndLoseNeither() throws Exception {
        // issue 14: each change rewrote the whole record, so one of two simultaneous changes silently disappeared
        IncidentBook firstBook = new IncidentBook();
        IncidentBook secondBook = new IncidentBook();
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        try (KafkaIncidentLog firstLog = new KafkaIncidentLog(TOPICS, KAFKA.broker().kafka(), firstBook)
                .start(Duration.ofSeconds(30));
             KafkaIncidentLog secondLog = new KafkaIncidentLog(TOPICS, KAFKA.broker().kafka(), secondBook)
                     .start(Duration.ofSeconds(30))) {
            firstLog.write(DamRumour.incident("inc-dam-twice"));
            TestBroker.await(() -> secondBook.get("inc-dam-twice").isPresent(), "the incident on the second instance");
            // both instances have read the same state before either writes: the moment the race happens
            IncidentService first = new IncidentService(firstBook, afterBoth(bothHaveRead, firstLog), subjects(null),
                    Clock.systemUTC());
            IncidentService second = new IncidentService(secondBook, afterBoth(bothHaveRead, secondLog),
                    subjects(null), Clock.systemUTC());
            String tomorrow = LocalDateTime.now(VN).plusDays(1).withNano(0).toString();

            CompletableFuture<Incident> task = CompletableFuture.supplyAsync(() -> first.addTask("inc-dam-twice",
                    new IncidentForms.Task("Liên hệ Báo Lào Cai đăng bài cải chính", "le.van.cuong", tomorrow),
                    "tran.thi.binh"));
            CompletableFuture<Incident> handover = CompletableFuture.supplyAsync(() -> second.handover("inc-dam-twice",
                    new IncidentForms.Handover("Ca đêm: hai trang vẫn chia sẻ clip, đã báo Công an tỉnh."),
                    "nguyen.van.an"));

            List<Throwable> refused = new java.util.ArrayList<>();
            for (CompletableFuture<Incident> f : List.of(task, handover)) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(refused).singleElement().isInstanceOf(IncidentLog.StaleChange.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("vừa được người khác cập nhật"));

            // the one refused makes the change again on the state it now sees: both changes are kept
            bothHaveRead.reset();
            IncidentService againFirst = new IncidentService(firstBook, firstLog, subjects(null), Clock.systemUTC());
            IncidentService againSecond = new IncidentService(secondBook, secondLog, subjects(null), Clock.systemUTC());
            if (task.isCompletedExceptionally()) {
                againFirst.addTask("inc-dam-twice", new IncidentForms.Task("Liên hệ Báo Lào Cai đăng bài cải chính",
                        "le.van.cuong", tomorrow), "tran.thi.binh");
            } else {
                againSecond.handover("inc-dam-twice",
                        new IncidentForms.Handover("Ca đêm: hai trang vẫn chia sẻ clip, đã báo Công an tỉnh."),
                        "nguyen.van.an");
            }
            for (IncidentBook book : List.of(firstBook, secondBook)) {
                TestBroker.await(() -> book.get("inc-dam-twice").orElseThrow().handovers().size() == 2
                        && book.get("inc-dam-twice").orElseThrow().tasks().size() == 2, "both changes on each instance");
            }
        }
    }

    @Test
    void theCollectorPagesThroughABurstLargerThanTheStorysListOfRecentArticles() throws Exception {
        // issue 14: a story lists its 20 most recent articles, so 45 arriving between two sweeps lost 25
        OffsetDateTime start = OffsetDateTime.now(VN).minusHours(2).withNano(0);
        List<ScoredArticle> burst = new java.util.ArrayList<>();
        for (int n = 1; n <= 45; n++) {
            burst.add(scored(landslide(100 + n, n % 2 == 0 ? "baolaocai" : "laocaitv", start.plusMinutes(n)),
                    "s-burst"));
        }
        Story listsTwenty = story("s-burst", burst.subList(25, 45));
        IncidentBook book = new IncidentBook();
        try (KafkaIncidentLog log = new KafkaIncidentLog(TOPICS, KAFKA.broker().kafka(), book).start(Duration.ofSeconds(30));
             KafkaScoredArticleFeed feed = new KafkaScoredArticleFeed(TOPICS, KAFKA.broker().kafka(),
                     start.toInstant().minusSeconds(60));
             KafkaProducer<String, ScoredArticle> analyzeOutput = new KafkaProducer<>(KAFKA.broker().kafka(),
                     new StringSerializer(), TOPICS.articlesScored.valueSerde().serializer())) {
            for (ScoredArticle a : burst) {
                analyzeOutput.send(new ProducerRecord<>(TOPICS.articlesScored.name(), a.id(), a)).get();
            }
            StoryArticles stories = new StoryArticles() {
                @Override
                public Optional<Story> story(String id) {
                    return "s-burst".equals(id) ? Optional.of(listsTwenty) : Optional.empty();
                }

                @Override
                public Optional<ScoredArticle> article(String id) {
                    return burst.stream().filter(a -> a.id().equals(id)).findFirst();
                }
            };
            IncidentService incidents = new IncidentService(book, log, subjectsOf(stories::story), Clock.systemUTC());
            IncidentCollector collector = new IncidentCollector(incidents, stories, feed, Clock.systemUTC());
            Incident opened = incidents.open(new IncidentForms.Open(null, "s-burst", null), "tran.thi.binh");

            collector.sweep();

            assertThat(incidents.get(opened.id()).articles()).hasSize(45);
        }
    }

    /** The log, waiting before each write until the other instance is about to write too. */
    private static IncidentLog afterBoth(CyclicBarrier barrier, IncidentLog log) {
        return incident -> {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other writer did not come", e);
            }
            log.write(incident);
        };
    }

    private static ScoredArticle scored(Article a, String storyId) {
        return new ScoredArticle(ScoredArticle.VERSION, a, true, List.of(), List.of(),
                new Sentiment(Sentiment.NEGATIVE, -0.4, List.of("sạt lở")), new Suspicion(0, List.of()), storyId, null,
                a.fetchedAt(), null);
    }

    private static Story story(String id, List<ScoredArticle> recent) {
        List<ArticleRef> refs = recent.stream().map(s -> ArticleRef.of(s.article())).toList();
        return new Story(Story.VERSION, id, recent.get(0).article().title(), refs.get(0).published().toInstant(),
                Instant.now(), "baolaocai", 45, 0, List.of("baolaocai", "laocaitv"), List.of(SourceTier.PROVINCIAL_PRESS),
                List.of(), List.of("thien-tai"), List.of(), 45, 0, List.of(), refs, 0, null);
    }

    private static IncidentSubjects subjects(AnalyzeService analyze) {
        return subjectsOf(id -> analyze == null ? Optional.empty() : analyze.story(id));
    }

    private static IncidentSubjects subjectsOf(Function<String, Optional<Story>> stories) {
        return new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Story> story(String id) {
                return stories.apply(id);
            }
        };
    }

    /** A report on the Mường Hum landslide; the fourth is an update published later. */
    private static Article landslide(int n, String source, OffsetDateTime published) {
        String url = "https://" + source + ".vn/sat-lo-muong-hum-" + n + ".html";
        String title = n < 4 ? "Sạt lở đe dọa khu dân cư ở xã Mường Hum, di dời khẩn cấp 27 hộ dân"
                : "Sạt lở ở xã Mường Hum: cập nhật lần 4, di dời thêm hộ dân";
        String text = "Mưa lớn kéo dài khiến khối đất đá trên đồi phía sau thôn Sả Chải, xã Mường Hum, tỉnh Lào Cai "
                + "dịch chuyển, nứt rộng nhiều mét. Chính quyền xã Mường Hum đã di dời khẩn cấp 27 hộ dân với 118 nhân "
                + "khẩu đến nơi an toàn, cắm biển cảnh báo và bố trí lực lượng trực 24/24 giờ tại điểm sạt lở.";
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, source, source,
                SourceTier.PROVINCIAL_PRESS, title, null, text + " Bài " + n + ".", null, null, null, "vi", published,
                null, "page", published.toInstant(), ArticleIds.contentHash(title, text + n), null, true);
    }
}
