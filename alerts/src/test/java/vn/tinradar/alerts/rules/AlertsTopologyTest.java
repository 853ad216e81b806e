package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Trend;

/** The production topology ({@link AlertsTopology#build}) driven in memory. */
class AlertsTopologyTest {

    @TempDir
    Path stateDir;

    private final List<Alert> fired = new ArrayList<>();
    private final AtomicReference<AlertsConfig> config = new AtomicReference<>(AlertsConfig.defaults());
    private RulesDriver rules;
    private TestInputTopic<String, Story> stories;
    private TestInputTopic<String, ScoredArticle> scored;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        rules = new RulesDriver(config::get, fired::add, stateDir);
        stories = rules.stories;
        scored = rules.scored;
        alerts = rules.alerts;
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    private void pipe(Trend t) {
        rules.trend(t);
    }

    @Test
    void burstTrendRaisesOneTopicBurstAlertWithVietnameseEvidenceAndArticleLinks() {
        Article a = new Article(1, "bao-lao-cai-1", "https://baolaocai.vn/sat-lo-bao-ha-post1.html", "baolaocai",
                "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, "Sạt lở đe dọa 12 hộ dân ở xã Bảo Hà", null,
                "Mưa lớn kéo dài gây sạt lở taluy dương...", null, null, null, "vi", null, null, "page",
                Fixtures.T0, "h1", null, true);
        scored.pipeInput(a.id(), new ScoredArticle(1, a, true, List.of(), List.of(), null, null, null, null,
                Fixtures.T0));

        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();

        List<KeyValue<String, Alert>> out = alerts.readKeyValuesToList();
        assertThat(out).hasSize(1);
        Alert alert = out.get(0).value;
        assertThat(out.get(0).key).isEqualTo(alert.id()).startsWith("topic-burst-");
        assertThat(alert.rule()).isEqualTo("topic-burst");
        assertThat(alert.revision()).isEqualTo(1);
        assertThat(alert.place()).isEqualTo("Xã Bảo Hà");
        assertThat(alert.signals()).extracting(s -> s.evidence())
                .anySatisfy(e -> assertThat(e).contains("mức nền 1,5 bài"));
        assertThat(alert.articles()).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo("Sạt lở đe dọa 12 hộ dân ở xã Bảo Hà");
            assertThat(r.url()).isEqualTo("https://baolaocai.vn/sat-lo-bao-ha-post1.html");
            assertThat(r.source()).isEqualTo("Báo Lào Cai");
        });
        assertThat(fired).hasSize(1);
    }

    @Test
    void laterWindowOfSameBurstUpdatesTheSameAlertWithHigherRevision() {
        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        pipe(Fixtures.landslideTrend(15, 8.0, Fixtures.T0.plusSeconds(3600), List.of("dan-tri-7", "vnexpress-3")));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).id()).isEqualTo(out.get(0).id());
        assertThat(out.get(1).revision()).isEqualTo(2);
        assertThat(out.get(1).articles()).hasSize(4);
        // none of the samples is known in articles.scored: last seen is the start of the latest window, not its end
        assertThat(out.get(1).lastSeen()).isEqualTo(Fixtures.T0.plusSeconds(3600));
        assertThat(fired).hasSize(1);
    }

    @Test
    void negativeSurgeOfAStoryGivesTheWordingToItsTopicBurstEvenWithAHigherScore() {
        List<String> ids = List.of("bao-lao-cai-9", "laocaitv-4");
        scored.pipeInput("bao-lao-cai-9", Fixtures.scored(Fixtures.ref("bao-lao-cai-9",
                "Sạt lở uy hiếp 27 hộ dân ở xã Mường Hum", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 5), "s-muong-hum"));
        scored.pipeInput("laocaitv-4", Fixtures.scored(Fixtures.ref("laocaitv-4",
                "Mường Hum khẩn trương di dời dân khỏi vùng sạt lở", "Đài PT-TH Lào Cai", SourceTier.PROVINCIAL_PRESS,
                20), "s-muong-hum"));
        Trend placeSurge = new Trend(Trend.VERSION, Trend.PLACE, "02728", "Xã Mường Hum", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), 17, 0.5, 23, 15, 11, ids, false);
        Trend burst = new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@02728", "thien-tai – Xã Mường Hum",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 12, 0.5, 16, 11, 10, ids, false);

        pipe(placeSurge);
        pipe(burst);

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::id).containsOnly(out.get(0).id());
        assertThat(out.get(0).rule()).isEqualTo("negative-surge");
        Alert last = out.get(out.size() - 1);
        assertThat(last.rule()).isEqualTo("topic-burst");
        assertThat(last.title()).startsWith("Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Mường Hum");
    }

    @Test
    void burstsOfOneStoryInSeveralPlacesAndTopicsRaiseOneAlertWordedByTheStrongest() {
        List<String> ids = List.of("bao-lao-cai-9", "laocaitv-4", "dien-dan-2");
        scored.pipeInput("bao-lao-cai-9", Fixtures.scored(Fixtures.ref("bao-lao-cai-9",
                "Sạt lở uy hiếp 27 hộ dân ở xã Mường Hum", "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 5), "s-muong-hum"));
        scored.pipeInput("laocaitv-4", Fixtures.scored(Fixtures.ref("laocaitv-4",
                "Mường Hum khẩn trương di dời dân khỏi vùng sạt lở", "Đài PT-TH Lào Cai", SourceTier.PROVINCIAL_PRESS,
                20), "s-muong-hum"));
        scored.pipeInput("dien-dan-2", Fixtures.scored(Fixtures.ref("dien-dan-2",
                "Bà con Mường Hum cần áo ấm, chăn màn", "Diễn đàn Lào Cai", SourceTier.FORUM_SOCIAL, 40), "s-muong-hum"));
        Trend commune = new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@02728", "thien-tai – Xã Mường Hum",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 12, 0.5, 16, 11, 10, ids, false);
        Trend province = new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@10", "thien-tai – Tỉnh Lào Cai",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 6, 0.5, 7, 6, 6, ids, false);
        Trend roads = new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "ha-tang@02728", "ha-tang – Xã Mường Hum",
                Fixtures.T0, Fixtures.T0.plusSeconds(3600), 5, 0.5, 5, 2, 5, ids, false);

        pipe(commune);
        pipe(province);
        pipe(roads);

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::id).containsOnly(out.get(0).id());
        Alert last = out.get(out.size() - 1);
        assertThat(last.title()).startsWith("Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến tại Xã Mường Hum")
                .endsWith("“Sạt lở uy hiếp 27 hộ dân ở xã Mường Hum”");
        assertThat(last.storyId()).isEqualTo("s-muong-hum");
        assertThat(last.firstSeen()).isEqualTo(Fixtures.T0.plusSeconds(5 * 60));
        assertThat(last.lastSeen()).isEqualTo(Fixtures.T0.plusSeconds(40 * 60));
        assertThat(fired).hasSize(1);
    }

    @Test
    void redeliveredTrendCreatesNoSecondAlertAndNoNewRevision() {
        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        pipe(Fixtures.landslideTrend(9, 6.5));

        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void backfillTrendRaisesNoAlert() {
        Trend t = Fixtures.landslideTrend(9, 6.5);
        pipe(new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), t.count(), t.baseline(),
                t.burstScore(), t.negativeCount(), t.sourceCount(), t.sampleArticleIds(), true));

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void storyCopiedOnFourUnlicensedSitesRaisesStorySpreadAlert() {
        stories.pipeInput("story-benh-vien-tu-choi", Fixtures.fabricatedStory(4, 0.82));

        Alert alert = alerts.readValue();
        assertThat(alert.rule()).isEqualTo("story-spread");
        assertThat(alert.storyId()).isEqualTo("story-benh-vien-tu-choi");
        assertThat(alert.articles()).hasSize(4);
        assertThat(alert.suggestedAction()).startsWith("Xác minh và phối hợp");
    }

    @Test
    void storyGrowingFromFourToSixSitesKeepsItsAlertId() {
        stories.pipeInput("story-benh-vien-tu-choi", Fixtures.fabricatedStory(4, 0.82));
        stories.pipeInput("story-benh-vien-tu-choi", Fixtures.fabricatedStory(6, 0.82));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::id).containsOnly(out.get(0).id());
        assertThat(out).extracting(Alert::revision).containsExactly(1, 2);
        assertThat(out.get(1).articles()).hasSize(6);
    }

    @Test
    void unreadableTrendIsSkippedAndTheNextOneStillFires() {
        rules.driver.createInputTopic(rules.topics.trends.name(),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer()).pipeInput("topic-place:x", "{not json");
        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void earlierWindowArrivingLateAddsItsArticlesButKeepsTheNewestWording() {
        pipe(Fixtures.landslideTrend(15, 8.0, Fixtures.T0.plusSeconds(3600), List.of("dan-tri-7")));
        rules.afterTheWaitForStories();
        pipe(Fixtures.landslideTrend(9, 6.5, Fixtures.T0, List.of("bao-lao-cai-1")));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).summary()).isEqualTo(out.get(0).summary()).contains("15 bài");
        assertThat(out.get(1).articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("dan-tri-7", "bao-lao-cai-1");
        assertThat(out.get(1).firstSeen()).isEqualTo(Fixtures.T0);
    }

    @Test
    void reloadedThresholdAppliesToTheNextTrendWithoutRestart() {
        config.set(AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  rules:
                    topic-burst:
                      min-burst-score: 7.0
                      urgent-burst-score: 9.0
                """).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE))));
        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        assertThat(alerts.isEmpty()).isTrue();

        config.set(AlertsConfig.defaults());
        pipe(Fixtures.landslideTrend(9, 6.5));
        rules.afterTheWaitForStories();
        assertThat(alerts.readValuesToList()).hasSize(1);
    }
}
