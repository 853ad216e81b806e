package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.ingest.config.IngestConfig;

/**
 * The crawler against a real single-node KRaft broker: articles land in {@code articles.raw} keyed by id, a
 * second service instance, restoring {@code ingest.state}, sends only what is new, and each source's state lands
 * in the compacted {@code ingest.health} keyed by source id. In-memory twins: {@link IngestServiceTest},
 * {@link IngestServiceHealthTest}.
 */
class KafkaPathIT {

    /** The service runs on the real clock here, so the feed's items must be recent whenever the test runs. */
    private static final String NOW_RFC_1123 = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
            .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(30));
    private static final Topics TOPICS = new Topics("it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 2);

    private java.util.Properties kafka() {
        return KAFKA.broker().kafka();
    }

    private static String feed(LocalSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>Tin ").append(path).append("</title><link>").append(site.url(path))
                    .append("</link><pubDate>").append(NOW_RFC_1123).append("</pubDate></item>");
        }
        return "<rss version=\"2.0\"><channel><title>Báo Lào Cai</title>" + items + "</channel></rss>";
    }

    private static String page(String title) {
        return "<html><body><h1>" + title + "</h1><p>Người dân xã Bát Xát được hỗ trợ di dời khỏi vùng nguy cơ sạt lở cao.</p></body></html>";
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        return KAFKA.broker().readAll(topic);
    }

    @Test
    void restartedServiceSendsOnlyNewArticles() throws Exception {
        try (LocalSite site = new LocalSite()) {
            site.serve("/bai/1.html", "text/html", page("Bát Xát di dời 12 hộ dân khỏi vùng sạt lở"));
            site.serve("/bai/2.html", "text/html", page("Lào Cai hỗ trợ khẩn cấp cho hộ bị thiệt hại"));
            site.serve("/bai/3.html", "text/html", page("Thông tuyến đường liên xã Bát Xát – Y Tý"));
            site.serve("/rss.xml", "application/rss+xml", feed(site, "/bai/1.html", "/bai/2.html"));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: baolaocai
                        name: Báo Lào Cai
                        tier: provincial-press
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: rss}
                    """.formatted(site.url("/rss.xml")));

            try (IngestService first = new IngestService(TestConfigs.fast(), registry, TOPICS, kafka(), new SimpleMeterRegistry())) {
                first.start();
                Await.until(() -> readAll(TOPICS.articlesRaw.name()).size() == 2, Duration.ofSeconds(60));
            }
            site.serve("/rss.xml", "application/rss+xml", feed(site, "/bai/3.html", "/bai/1.html", "/bai/2.html"));
            long polls = site.count("/rss.xml");
            try (IngestService second = new IngestService(TestConfigs.fast(), registry, TOPICS, kafka(), new SimpleMeterRegistry())) {
                second.start();
                Await.until(() -> readAll(TOPICS.articlesRaw.name()).size() >= 3 && site.count("/rss.xml") >= polls + 2,
                        Duration.ofSeconds(60));
            }

            List<ConsumerRecord<String, String>> articles = readAll(TOPICS.articlesRaw.name());
            assertThat(articles).hasSize(3);
            assertThat(articles).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
            assertThat(articles).allSatisfy(r -> assertThat(r.value()).contains("\"sourceId\":\"baolaocai\""));
            assertThat(readAll(TOPICS.crawlState.name())).extracting(ConsumerRecord::key)
                    .anyMatch(k -> k.startsWith("seen/baolaocai/")).anyMatch(k -> k.startsWith("feed/baolaocai/"));
        }
    }

    @Test
    void sourceStatesLandInTheHealthTopicKeyedBySourceId() throws Exception {
        Topics topics = new Topics("it-health.");
        KAFKA.broker().createTopics(topics, 2);
        try (LocalSite site = new LocalSite()) {
            site.serve("/bai/1.html", "text/html", page("Bát Xát di dời 12 hộ dân khỏi vùng sạt lở"));
            site.serve("/rss.xml", "application/rss+xml", feed(site, "/bai/1.html"));
            site.route("/gov/rss.xml", ex -> LocalSite.send(ex, 503, "text/plain", new byte[0]));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: baolaocai-suckhoe
                        name: Báo Lào Cai - Sức khỏe
                        tier: provincial-press
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: rss}
                      - id: laocai-gov
                        name: Cổng TTĐT tỉnh Lào Cai
                        tier: government-portal
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: rss}
                    """.formatted(site.url("/rss.xml"), site.url("/gov/rss.xml")));
            IngestConfig config = TestConfigs.with("""
                    per-host-min-interval-ms: 0
                    max-retries: 0
                    backoff-after-failures: 1
                    failure-backoff-max-seconds: 1
                    """);

            try (IngestService service = new IngestService(config, registry, topics, kafka(), new SimpleMeterRegistry())) {
                service.start();
                Await.until(() -> latestStates(topics).size() == 2
                        && latestStates(topics).get("laocai-gov").equals("failing"), Duration.ofSeconds(60));
            }

            Map<String, String> states = latestStates(topics);
            assertThat(states).containsEntry("baolaocai-suckhoe", "ok").containsEntry("laocai-gov", "failing");
            JsonNode gov = Json.mapper().readTree(readAll(topics.sourceHealth.name()).stream()
                    .filter(r -> r.key().equals("laocai-gov")).reduce((a, b) -> b).orElseThrow().value());
            assertThat(gov.get("reason").asText()).contains("/gov/rss.xml", "HTTP 503");
            assertThat(gov.get("tier").asText()).isEqualTo("government-portal");
        }
    }

    /** Source id → the state of its newest record on ingest.health. */
    private Map<String, String> latestStates(Topics topics) {
        return readAll(topics.sourceHealth.name()).stream().collect(Collectors.toMap(ConsumerRecord::key, r -> {
            try {
                return Json.mapper().readTree(r.value()).get("state").asText();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, (older, newer) -> newer));
    }

    @Test
    void importedPostsLandInArticlesRawWithTheirPlatformAndBadLinesInRejected(@org.junit.jupiter.api.io.TempDir
                                                                               java.nio.file.Path folder) throws Exception {
        Topics topics = new Topics("it-import.");
        KAFKA.broker().createTopics(topics, 2);
        String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).minusHours(1).toString();
        java.nio.file.Files.writeString(folder.resolve("bai-dang.jsonl"), """
                {"platform":"facebook","account":"baolaocai","url":"https://www.facebook.com/baolaocai/posts/7","text":"Bát Xát di dời 12 hộ dân khỏi vùng sạt lở","published":"%s","shares":40}
                {"url":"https://www.facebook.com/baolaocai/posts/8","text":"Dòng không có thời gian"}
                """.formatted(now));
        IngestConfig.Imports settings = new IngestConfig.Imports(folder.toString(), 1, 1_000_000, "other");

        try (var sink = new vn.tinradar.ingest.crawl.KafkaArticleSink(topics, kafka(), Duration.ofSeconds(10));
             var imports = new vn.tinradar.ingest.imports.ImportFolder(settings,
                     new vn.tinradar.ingest.imports.PostImport(sink, "other", java.time.Clock.systemUTC(),
                             Duration.ofMinutes(10)), new SimpleMeterRegistry()).start()) {
            Await.until(() -> readAll(topics.articlesRaw.name()).size() == 1
                    && readAll(topics.rejected.name()).size() == 1, Duration.ofSeconds(60));
        }

        JsonNode post = Json.mapper().readTree(readAll(topics.articlesRaw.name()).get(0).value());
        assertThat(post.at("/post/platform").asText()).isEqualTo("facebook");
        assertThat(post.at("/tier").asText()).isEqualTo("forum-social");
        assertThat(post.at("/engagement/share").asLong()).isEqualTo(40);
        JsonNode refused = Json.mapper().readTree(readAll(topics.rejected.name()).get(0).value());
        assertThat(refused.get("url").asText()).isEqualTo("bai-dang.jsonl:2");
        assertThat(refused.get("reason").asText()).isEqualTo("no-date");
    }

    @Test
    void telegramChannelPostsLandInArticlesRawWithTheirChannelAndAnUndatedMessageInRejected() throws Exception {
        Topics topics = new Topics("it-social.");
        KAFKA.broker().createTopics(topics, 2);
        // the fixture's day moved to yesterday, so no age limit drops it whatever day the suite runs
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        try (LocalSite site = new LocalSite()) {
            site.serve("/s/tinlaocai", "text/html; charset=utf-8",
                    LocalSite.text("social/telegram-tinlaocai-page1.html").replace("2026-11-21", yesterday));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: tin-laocai-telegram
                        name: Tin Lào Cai (Telegram)
                        tier: forum-social
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: telegram}
                    """.formatted(site.url("/s/tinlaocai")));

            try (IngestService service = new IngestService(TestConfigs.fast(), registry, topics, kafka(),
                    new SimpleMeterRegistry())) {
                service.start();
                Await.until(() -> readAll(topics.articlesRaw.name()).size() == 2
                        && readAll(topics.rejected.name()).size() == 1, Duration.ofSeconds(60));
            }
        }

        JsonNode post = Json.mapper().readTree(readAll(topics.articlesRaw.name()).stream()
                .filter(r -> r.value().contains("/1201")).findFirst().orElseThrow().value());
        assertThat(post.at("/post/platform").asText()).isEqualTo("telegram");
        assertThat(post.at("/post/account").asText()).isEqualTo("tinlaocai");
        assertThat(post.at("/sourceId").asText()).isEqualTo("social:telegram:tinlaocai");
        assertThat(post.at("/text").asText()).contains("\nNgười dân không qua suối");
        JsonNode refused = Json.mapper().readTree(readAll(topics.rejected.name()).get(0).value());
        assertThat(refused.get("reason").asText()).isEqualTo("unusable-post");
        assertThat(refused.get("detail").asText()).contains("https://t.me/tinlaocai/1202");
    }

    @Test
    void forumThreadPostsLandInArticlesRawAsPostAndCommentAndAQuoteOnlyPostInRejected() throws Exception {
        Topics topics = new Topics("it-forum.");
        KAFKA.broker().createTopics(topics, 2);
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        String thread = "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/";
        try (LocalSite site = new LocalSite()) {
            site.serve("/forums/thoi-su-dia-phuong.12/index.rss", "application/rss+xml; charset=utf-8",
                    LocalSite.text("forums/xenforo-laocai-rss.xml").replace("BASE", site.url("")));
            site.serve(thread, "text/html; charset=utf-8", LocalSite.text("forums/xenforo-laocai-thread.html")
                    .replace("BASE", site.url("")).replace("2026-11-21T", yesterday + "T"));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: diendan-laocai
                        name: Diễn đàn Lào Cai
                        tier: forum-social
                        allow-private-network: true
                        poll: {min-interval-seconds: 1, max-interval-seconds: 2}
                        feeds:
                          - {url: "%s", kind: forum}
                    """.formatted(site.url("/forums/thoi-su-dia-phuong.12/index.rss")));

            try (IngestService service = new IngestService(TestConfigs.fast(), registry, topics, kafka(),
                    new SimpleMeterRegistry())) {
                service.start();
                Await.until(() -> readAll(topics.articlesRaw.name()).size() == 2
                        && readAll(topics.rejected.name()).size() == 1, Duration.ofSeconds(60));
            }
        }

        List<JsonNode> posts = new java.util.ArrayList<>();
        for (var record : readAll(topics.articlesRaw.name())) {
            posts.add(Json.mapper().readTree(record.value()));
        }
        assertThat(posts).extracting(p -> p.at("/post/kind").asText()).containsExactlyInAnyOrder("post", "comment");
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.at("/post/platform").asText()).isEqualTo("forum");
            assertThat(p.at("/sourceId").asText()).isEqualTo("social:forum:127.0.0.1");
        });
        JsonNode refused = Json.mapper().readTree(readAll(topics.rejected.name()).get(0).value());
        assertThat(refused.get("reason").asText()).isEqualTo("unusable-post");
        assertThat(refused.get("detail").asText()).contains("post-88109");
    }
}
