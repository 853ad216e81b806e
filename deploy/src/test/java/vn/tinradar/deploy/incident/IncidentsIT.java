package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
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
            IncidentCollector collector = new IncidentCollector(incidents, StoryArticles.of(analyze), Clock.systemUTC());

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
            assertThat(IncidentTimeline.of(incidents.get(opened.id()), List.of(), List.of(), true))
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

    private static IncidentSubjects subjects(AnalyzeService analyze) {
        return new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Story> story(String id) {
                return analyze == null ? Optional.empty() : analyze.story(id);
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
