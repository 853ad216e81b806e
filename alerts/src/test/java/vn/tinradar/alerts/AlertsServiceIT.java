package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.rules.AlertsTopology;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;

/**
 * The alert service on a real single-node KRaft broker with a real SMTP server (GreenMail): alerts fire and are
 * mailed once; after a restart the view is rebuilt, the acknowledgement remembered and nothing mailed twice.
 * Trend alerts follow story merges, also on a machine that starts with nothing but the topics. The in-memory
 * counterparts are {@code AlertsTopologyTest}, {@code StoryMergeGroupingTest}, {@code NotifierTest} and
 * {@code AlertBoardTest}.
 */
class AlertsServiceIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Topics TOPICS = new Topics("it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static final String LANDSLIDE = "s-sat-lo-muong-hum";
    private static final String ROAD = "s-sat-lo-quoc-lo-4d";

    @TempDir
    Path dataDir;

    private AlertsConfig config() {
        return AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  # about mail and restarts: a burst need not wait for stories here (burstBeforeTheMerge... does)
                  wait-for-stories-seconds: 0
                  email:
                    smtp:
                      host: 127.0.0.1
                      port: %d
                """.formatted(SMTP.getSmtp().getPort())).overlay(
                ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
    }

    private Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        return p;
    }

    @Test
    void alertsFireAreMailedOnceAndSurviveARestart() throws Exception {
        try (KafkaProducer<String, Object> producer = producer()) {
            Trend burst = Fixtures.landslideTrend(9, 6.5);
            producer.send(new ProducerRecord<>(TOPICS.trends.name(), "topic-place:" + burst.key(), burst));
            Story story = Fixtures.fabricatedStory(4, 0.82);
            producer.send(new ProducerRecord<>(TOPICS.stories.name(), story.id(), story)).get();
        }

        String burstId;
        try (AlertsService service = new AlertsService(config(), TOPICS, kafka(), dataDir, new SimpleMeterRegistry())) {
            service.start();
            await(() -> service.lifecycle().alerts(null).size() == 2 && SMTP.getReceivedMessages().length == 2);
            burstId = service.lifecycle().alerts(null).stream().filter(a -> a.rule().equals("topic-burst")).findFirst()
                    .orElseThrow().id();
            service.lifecycle().acknowledge(burstId, "tran.thi.binh");
        }

        try (KafkaProducer<String, Object> producer = producer()) {
            Trend more = Fixtures.landslideTrend(14, 5.0, Fixtures.T0.plusSeconds(3600), List.of("vnexpress-9"));
            producer.send(new ProducerRecord<>(TOPICS.trends.name(), "topic-place:" + more.key(), more)).get();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (AlertsService restarted = new AlertsService(config(), TOPICS, kafka(), dataDir, registry)) {
            restarted.start();
            await(() -> restarted.lifecycle().alert(burstId).map(Alert::revision).orElse(0) == 2);
            Alert grown = restarted.lifecycle().alert(burstId).orElseThrow();
            assertThat(grown.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(grown.ackBy()).isEqualTo("tran.thi.binh");
            assertThat(restarted.lifecycle().alerts(null)).hasSize(2);
            Thread.sleep(1500);
            assertThat(SMTP.getReceivedMessages()).hasSize(2);
            assertThat(restarted.lifecycle().atomFeed("http://localhost:8080")).contains("urn:tinradar:alert:" + burstId);

            await(() -> restarted.streams().state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING);
            assertThat(restarted.reports().sendWeekly(java.time.LocalDate.of(2026, 11, 16))).isTrue();
            assertThat(restarted.reports().sendWeekly(java.time.LocalDate.of(2026, 11, 16))).isFalse();
            assertThat(SMTP.getReceivedMessages()).hasSize(3);
            assertThat(SMTP.getReceivedMessages()[2].getSubject()).startsWith("[TinRadar] Báo cáo tổng hợp");
        }

        // the report command: any period, without the service, straight from the topics
        Path page = vn.tinradar.alerts.report.TopicReport.build(config(), TOPICS, kafka(), dataDir,
                java.time.LocalDate.of(2026, 11, 16), java.time.LocalDate.of(2026, 11, 23), false);
        assertThat(java.nio.file.Files.readString(page)).contains("2 cảnh báo mới, 1 đã được tiếp nhận");
    }

    /**
     * Every clause of "done when" on the real broker and a real mail server, across two restarts: an alert fires
     * and is mailed, is grouped as more articles arrive (no second mail), is acknowledged, resolved; a silence
     * mutes another; the mail server goes down, the service restarts while the mail waits, the server comes
     * back and the mail arrives exactly once; a source-health alert fires and resolves by itself; the last
     * restart sends nothing and forgets nothing (statuses, acknowledgement, silence, audit trail).
     */
    @Test
    void fullLifeOnARealBrokerAndMailServerAcrossRestartsSendsEachMailOnce() throws Exception {
        Topics topics = new Topics("life.");
        KAFKA.broker().createTopics(topics, 2);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        com.icegreen.greenmail.util.ServerSetup setup = new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1",
                com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP);
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(setup);
        smtp.start();
        AlertsConfig config = AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  wait-for-stories-seconds: 0
                  email:
                    smtp:
                      host: 127.0.0.1
                      port: %d
                      timeout-ms: 2000
                    retry-initial-ms: 500
                    retry-max-ms: 1000
                """.formatted(port)).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
        String landslide;
        String rumour;
        String fire;
        SimpleMeterRegistry firstMetrics = new SimpleMeterRegistry();
        try (AlertsService first = new AlertsService(config, topics, kafka(), dataDir, firstMetrics)) {
            first.start();
            // fires, mailed once
            send(topics, Fixtures.landslideTrend(9, 6.5));
            await(() -> first.lifecycle().alerts(null).size() == 1 && smtp.getReceivedMessages().length == 1);
            landslide = first.lifecycle().alerts(null).get(0).id();
            assertThat(parts(smtp.getReceivedMessages()[0])).contains("text/plain", "text/html");

            // grows as more articles arrive: the same alert, a higher revision, no second mail
            send(topics, Fixtures.landslideTrend(14, 6.0, Fixtures.T0.plusSeconds(3600), List.of("vtv-5", "dan-tri-8")));
            await(() -> first.lifecycle().alert(landslide).map(Alert::revision).orElse(0) == 2);
            assertThat(first.lifecycle().alert(landslide).orElseThrow().articles()).hasSize(4);
            assertThat(first.lifecycle().alerts(null)).hasSize(1);

            // acknowledged by a named person
            assertThat(first.lifecycle().acknowledge(landslide, "tran.thi.binh").status()).isEqualTo(AlertStatus.ACKNOWLEDGED);

            // a silence on the story mutes the alert raised on it
            first.delivery().silence(new vn.tinradar.alerts.delivery.Silence(null, null, null, null, "story-benh-vien-tu-choi",
                    null, java.time.Instant.now(), java.time.Instant.now().plusSeconds(1), "nguyen.van.an",
                    "Công an tỉnh đang xác minh"), 240);
            send(topics, Fixtures.fabricatedStory(4, 0.82));
            await(() -> first.lifecycle().alerts(null).size() == 2);
            rumour = first.lifecycle().alerts(null).stream().filter(a -> a.rule().equals("story-spread")).findFirst()
                    .orElseThrow().id();
            await(() -> sent(firstMetrics, "silenced") >= 1);
            assertThat(smtp.getReceivedMessages()).as("the silenced alert is not mailed").hasSize(1);

            // the mail server goes down; a new alert's mail fails and waits
            smtp.stop();
            send(topics, new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "an-ninh-trat-tu@15300",
                    "an-ninh-trat-tu – Xã Bát Xát", Fixtures.T0, Fixtures.T0.plusSeconds(3600), 8, 1.0, 7.0, 3, 3,
                    List.of("tin-nong-7"), false));
            await(() -> first.lifecycle().alerts(null).size() == 3);
            fire = first.lifecycle().alerts(null).stream().filter(a -> a.place() != null && a.place().equals("Xã Bát Xát"))
                    .findFirst().orElseThrow().id();
            await(() -> sent(firstMetrics, "failed") >= 2); // a few failed attempts
        }

        // the service restarts while the mail waits; the server comes back: delivered exactly once
        com.icegreen.greenmail.util.GreenMail back = new com.icegreen.greenmail.util.GreenMail(setup);
        back.start();
        try (AlertsService second = new AlertsService(config, topics, kafka(), dataDir, new SimpleMeterRegistry())) {
            second.start();
            await(() -> back.getReceivedMessages().length == 1);
            assertThat(back.getReceivedMessages()[0].getHeader("X-TinRadar-Alert")).containsExactly(fire);
            assertThat(second.lifecycle().alert(landslide).orElseThrow().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(second.lifecycle().alert(landslide).orElseThrow().ackBy()).isEqualTo("tran.thi.binh");
            assertThat(second.delivery().silences()).singleElement().satisfies(s ->
                    assertThat(s.reason()).isEqualTo("Công an tỉnh đang xác minh"));

            // resolved by a named person
            assertThat(second.lifecycle().resolve(landslide, "tran.thi.binh").status()).isEqualTo(AlertStatus.RESOLVED);

            // a source failing raises its alert (mailed), and resolves by itself when the source is back
            send(topics, Fixtures.portal(vn.tinradar.common.event.SourceStatus.FAILING, Fixtures.T0));
            await(() -> second.lifecycle().alerts(null).size() == 4 && back.getReceivedMessages().length == 2);
            String source = second.lifecycle().alerts(null).stream().filter(a -> a.rule().equals("source-health")).findFirst()
                    .orElseThrow().id();
            send(topics, Fixtures.portal(vn.tinradar.common.event.SourceStatus.OK, Fixtures.T0.plusSeconds(1800)));
            await(() -> second.lifecycle().alert(source).map(Alert::status).orElse(null) == AlertStatus.RESOLVED);
            Thread.sleep(1500);
            assertThat(back.getReceivedMessages()).hasSize(2);
        }

        // a last restart: nothing sent again, nothing forgotten
        try (AlertsService third = new AlertsService(config, topics, kafka(), dataDir, new SimpleMeterRegistry())) {
            third.start();
            await(() -> third.lifecycle().alerts(null).size() == 4
                    && third.lifecycle().alert(fire).map(a -> a.status() == AlertStatus.FIRING).orElse(false));
            Thread.sleep(3000);
            assertThat(back.getReceivedMessages()).hasSize(2);
            assertThat(third.lifecycle().alert(landslide).orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(third.lifecycle().alert(rumour).orElseThrow().status()).isEqualTo(AlertStatus.FIRING);
            assertThat(third.lifecycle().audit(landslide)).extracting(e -> e.action()).containsExactly("acknowledged", "resolved");
            assertThat(third.delivery().silences()).hasSize(1);
        } finally {
            back.stop();
        }
    }

    private static List<String> parts(jakarta.mail.internet.MimeMessage m) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        collect(m, types);
        return types;
    }

    private static void collect(jakarta.mail.Part part, List<String> types) throws Exception {
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart mp = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), types);
            }
        } else {
            types.add(part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Story merges: the Mường Hum landslide, reported in a story analyze later merges, bursts before the merge is
     * known; once {@code stories.merges} says so, the burst's alert joins the landslide's; and a service started on a
     * fresh machine (empty data dir) knows the merges from the topic. In memory: {@code StoryMergeGroupingTest}.
     */
    @Test
    void burstBeforeTheMergeJoinsTheStoryAlertAndMergesAreKnownOnAFreshMachine() throws Exception {
        Topics topics = new Topics("merge.");
        KAFKA.broker().createTopics(topics, 2);
        sendJson(topics.articlesScored.name(), "baolaocai-mh1", report("baolaocai-mh1",
                "Sạt lở nghiêm trọng tại xã Mường Hum, 27 hộ dân phải di dời khẩn cấp", "Báo Lào Cai", 5, LANDSLIDE));
        sendJson(topics.articlesScored.name(), "vtv-mh2", report("vtv-mh2",
                "Lào Cai: Mưa lớn gây sạt lở vùi lấp đường vào xã Mường Hum", "VTV", 12, LANDSLIDE));
        sendJson(topics.articlesScored.name(), "vnexpress-mh3", report("vnexpress-mh3",
                "Đất đá sạt xuống quốc lộ 4D đoạn qua Mường Hum, giao thông tê liệt", "VnExpress", 20, ROAD));
        sendJson(topics.articlesScored.name(), "tuoitre-mh4", report("tuoitre-mh4",
                "Quốc lộ 4D qua Mường Hum tê liệt vì sạt lở, hàng trăm xe nằm chờ", "Tuổi Trẻ", 25, ROAD));

        try (AlertsService service = new AlertsService(AlertsConfig.defaults(), topics, kafka(), dataDir,
                new SimpleMeterRegistry())) {
            service.start();
            // the road reports are their own story yet: the commune's burst is about two stories, the province's
            // about the landslide alone
            sendJson(topics.trends.name(), null, burst("thien-tai@02887", "thien-tai – Xã Mường Hum", 6.5,
                    List.of("baolaocai-mh1", "vnexpress-mh3", "tuoitre-mh4", "vtv-mh2")));
            sendJson(topics.trends.name(), null, burst("thien-tai@10", "thien-tai – Tỉnh Lào Cai", 4.5,
                    List.of("baolaocai-mh1", "vtv-mh2")));
            await(() -> firing(service).size() == 2);

            sendJson(topics.storyMerges.name(), ROAD,
                    new StoryMerge(StoryMerge.VERSION, ROAD, LANDSLIDE, Fixtures.T0));

            await(() -> firing(service).size() == 1);
            assertThat(firing(service)).singleElement().satisfies(a -> {
                assertThat(a.storyId()).isEqualTo(LANDSLIDE);
                assertThat(a.articles()).extracting(ArticleRef::id).contains("vnexpress-mh3", "tuoitre-mh4");
            });
            assertThat(service.lifecycle().alerts(AlertStatus.RESOLVED)).singleElement()
                    .satisfies(a -> assertThat(a.signals()).anySatisfy(s -> assertThat(s.evidence())
                            .startsWith("Cùng một sự kiện: 4/4 bài mẫu").contains(LANDSLIDE)));
        }

        Path secondMachine = Files.createDirectories(dataDir.resolve("second-machine"));
        try (AlertsService fresh = new AlertsService(AlertsConfig.defaults(), topics, kafka(), secondMachine,
                new SimpleMeterRegistry())) {
            fresh.start();
            await(() -> firing(fresh).size() == 1);
            String landslideAlert = firing(fresh).get(0).id();
            int revision = firing(fresh).get(0).revision();

            // a new road report, clustered into the road story, bursting in the former district: the landslide's,
            // by the merge this machine only knows from the topic
            sendJson(topics.articlesScored.name(), "dantri-mh5", report("dantri-mh5",
                    "Thông xe tạm quốc lộ 4D sau vụ sạt lở ở Mường Hum", "Dân trí", 40, ROAD));
            // a trend follows the articles it counts, but the global store reads them on a thread of its own: a
            // burst read first would name a sample not known yet (a later window of the trend would add it)
            await(() -> fresh.streams().store(StoreQueryParameters.fromNameAndType(
                    AlertsTopology.SCORED_ARTICLES_STORE, QueryableStoreTypes.<String, ScoredArticle>keyValueStore()))
                    .get("dantri-mh5") != null);
            sendJson(topics.trends.name(), null, burst("thien-tai@bat-xat", "thien-tai – Huyện Bát Xát (cũ)", 5,
                    List.of("vnexpress-mh3", "dantri-mh5")));

            await(() -> fresh.lifecycle().alert(landslideAlert).map(Alert::revision).orElse(0) > revision);
            assertThat(firing(fresh)).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(landslideAlert);
                assertThat(a.articles()).extracting(ArticleRef::id).contains("dantri-mh5");
            });
        }
    }

    private static Trend burst(String key, String label, double score, List<String> samples) {
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, key, label, Fixtures.T0, Fixtures.T0.plusSeconds(3600),
                9, 1.5, score, 3, 0, samples, false);
    }

    private static Object report(String id, String title, String source, int minutes, String story) {
        return Fixtures.scored(Fixtures.ref(id, title, source, SourceTier.NATIONAL_PRESS, minutes), story);
    }

    private static List<Alert> firing(AlertsService service) {
        return service.lifecycle().alerts(null).stream().filter(a -> a.status() != AlertStatus.RESOLVED).toList();
    }

    private void sendJson(String topic, String key, Object value) throws Exception {
        String k = key != null ? key : value instanceof Trend t ? t.kind() + ":" + t.key() : null;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka(),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, k, Json.mapper().writeValueAsBytes(value))).get();
        }
    }

    private void send(Topics topics, Object value) throws Exception {
        try (KafkaProducer<String, Object> producer = producer()) {
            if (value instanceof Trend t) {
                producer.send(new ProducerRecord<>(topics.trends.name(), t.kind() + ":" + t.key(), t)).get();
            } else if (value instanceof Story s) {
                producer.send(new ProducerRecord<>(topics.stories.name(), s.id(), s)).get();
            } else {
                vn.tinradar.common.event.SourceStatus s = (vn.tinradar.common.event.SourceStatus) value;
                producer.send(new ProducerRecord<>(topics.sourceHealth.name(), s.sourceId(), s)).get();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private KafkaProducer<String, Object> producer() {
        Properties p = kafka();
        Map<String, Object> noConfig = Map.of();
        var valueSerializer = new org.apache.kafka.common.serialization.Serializer<Object>() {
            @Override
            public byte[] serialize(String topic, Object value) {
                var serde = value instanceof Trend ? TOPICS.trends.valueSerde() : value instanceof Story
                        ? TOPICS.stories.valueSerde() : TOPICS.sourceHealth.valueSerde();
                return ((org.apache.kafka.common.serialization.Serializer) serde.serializer()).serialize(topic, value);
            }
        };
        valueSerializer.configure(noConfig, false);
        return new KafkaProducer<>(p, TOPICS.trends.keySerde().serializer(), valueSerializer);
    }

    /** Notifications the service counted with {@code result}, over every channel. */
    private static double sent(SimpleMeterRegistry metrics, String result) {
        return metrics.find("tinradar.alerts.sent").tag("result", result).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
