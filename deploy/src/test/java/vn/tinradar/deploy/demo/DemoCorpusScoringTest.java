package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.training.BatchScorer;
import vn.tinradar.common.kafka.Json;

/**
 * The bundled scorers (lexicon, taxonomy rules, seed model) on the demo press, whose writer labelled every article's
 * tone and topic: provincial news, the product's own domain, where the public data sets are student feedback,
 * social posts and 2005 national news. The lexicon and rules were tuned looking at these articles, so the figures
 * (printed, and in docs/quality.md) are optimistic; the floors guard against a change that undoes the tuning.
 */
class DemoCorpusScoringTest {

    /** The writer's topic names → the taxonomy ids of topic-taxonomy.tsv. */
    private static final Map<String, String> TOPIC_IDS = Map.ofEntries(
            Map.entry("thiên tai", "thien-tai"), Map.entry("đất đai - bồi thường", "dat-dai"),
            Map.entry("giáo dục", "giao-duc"), Map.entry("nông nghiệp", "nong-nghiep"),
            Map.entry("du lịch", "du-lich"), Map.entry("y tế", "y-te"),
            Map.entry("an ninh trật tự", "an-ninh-trat-tu"), Map.entry("giá cả - phí", "gia-ca-phi-thue"),
            Map.entry("đầu tư", "dau-tu-kinh-te"), Map.entry("văn hóa - lễ hội", "van-hoa-xa-hoi"),
            Map.entry("giao thông", "giao-thong"), Map.entry("hạ tầng - giao thông", "ha-tang-xay-dung"),
            Map.entry("môi trường", "moi-truong"), Map.entry("tham nhũng - tiêu cực", "tham-nhung"),
            Map.entry("việc làm", "viec-lam"), Map.entry("an toàn thực phẩm", "an-toan-thuc-pham"),
            Map.entry("dịch vụ hành chính", "thu-tuc-hanh-chinh"));

    private static final List<DemoArticle> ARTICLES = DemoCorpus.bundled().articles();
    private static final List<JsonNode> SCORED = new ArrayList<>();

    @BeforeAll
    static void scoreTheCorpusAsTheScoreCommandWould() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ARTICLES.size(); i++) {
            DemoArticle a = ARTICLES.get(i);
            ObjectNode line = Json.mapper().createObjectNode();
            line.put("id", String.valueOf(i));
            line.put("title", a.title());
            line.put("text", a.lead() + "\n" + String.join("\n", a.paragraphs()));
            in.append(Json.mapper().writeValueAsString(line)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = BatchScorer.run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        assertThat(rc).isZero();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            SCORED.add(Json.mapper().readTree(line));
        }
        assertThat(SCORED).hasSameSizeAs(ARTICLES);
    }

    @Test
    void toneOfTheDemoPressIsReadRightForNegativeAndPositiveNews() {
        double negative = f1("negative");
        double positive = f1("positive");
        System.out.printf(Locale.ROOT, "demo corpus tone: negative F1 %.3f, positive F1 %.3f, neutral F1 %.3f,"
                + " accuracy %.3f (%d articles)%n", negative, positive, f1("neutral"), toneAccuracy(), ARTICLES.size());

        assertThat(negative).isGreaterThanOrEqualTo(0.93);
        assertThat(positive).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void writersTopicIsAmongTheTopicsFoundForNearlyEveryArticle() {
        int found = 0;
        int first = 0;
        for (int i = 0; i < ARTICLES.size(); i++) {
            String gold = TOPIC_IDS.get(ARTICLES.get(i).topic());
            assertThat(gold).as("taxonomy id of '%s'", ARTICLES.get(i).topic()).isNotNull();
            List<String> labels = new ArrayList<>();
            SCORED.get(i).path("topics").forEach(t -> labels.add(t.path("label").asText()));
            found += labels.contains(gold) ? 1 : 0;
            first += !labels.isEmpty() && labels.get(0).equals(gold) ? 1 : 0;
        }
        double recall = (double) found / ARTICLES.size();
        System.out.printf(Locale.ROOT, "demo corpus topics: writer's topic found %.3f, ranked first %.3f%n", recall,
                (double) first / ARTICLES.size());

        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    private static String predictedTone(int i) {
        return SCORED.get(i).path("sentiment").path("label").asText();
    }

    private static double f1(String label) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < ARTICLES.size(); i++) {
            boolean gold = label.equals(ARTICLES.get(i).tone());
            boolean pred = label.equals(predictedTone(i));
            tp += gold && pred ? 1 : 0;
            fp += !gold && pred ? 1 : 0;
            fn += gold && !pred ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double toneAccuracy() {
        int right = 0;
        for (int i = 0; i < ARTICLES.size(); i++) {
            right += ARTICLES.get(i).tone().equals(predictedTone(i)) ? 1 : 0;
        }
        return (double) right / ARTICLES.size();
    }
}
