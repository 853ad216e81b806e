package vn.tinradar.analyze.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.score.Articles;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.analyze.score.ngram.NgramSettings;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;

class TrainerTest {

    @TempDir
    Path dir;

    /** A tiny labelled set: vaccination news vs. football news, which no keyword rule calls "bong-da". */
    private Path tinySet() throws Exception {
        String[] health = {"Tiêm vắc xin sởi cho trẻ em tại trạm y tế xã", "Bệnh viện tỉnh tiếp nhận bệnh nhân sốt xuất huyết",
            "Trạm y tế tổ chức tiêm chủng mở rộng cho trẻ", "Bác sĩ khuyến cáo phòng bệnh sởi mùa đông xuân",
            "Ngành y tế tăng cường giám sát dịch bệnh", "Bệnh nhân được điều trị tại bệnh viện đa khoa tỉnh"};
        String[] football = {"Đội bóng đá tỉnh thắng 2-0 ở giải hạng Nhì", "Cầu thủ ghi bàn phút cuối giúp đội nhà vào chung kết",
            "Huấn luyện viên công bố danh sách đội bóng dự giải", "Trận chung kết bóng đá thanh niên diễn ra tại sân vận động",
            "Thủ môn cản phá quả phạt đền, đội bóng giành cúp", "Giải bóng đá các dân tộc thu hút nhiều cầu thủ trẻ"};
        String[] where = {"ở Bát Xát", "tại Sa Pa", "ở Văn Bàn", "tại Bắc Hà"};
        List<String> lines = new ArrayList<>();
        // 24 lines a label: enough for the evaluator's minimum of 20 lines per label
        for (int i = 0; i < health.length * where.length; i++) {
            String place = where[i / health.length];
            lines.add("{\"id\":\"y" + i + "\",\"title\":\"" + health[i % health.length] + " " + place
                    + "\",\"text\":\"\",\"label\":\"suc-khoe\"}");
            lines.add("{\"id\":\"b" + i + "\",\"title\":\"" + football[i % football.length] + " " + place
                    + "\",\"text\":\"\",\"label\":\"bong-da\"}");
        }
        Path file = dir.resolve("tiny.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void trainedTopicModelIsPickedUpByTheScorer() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));

        int rc = Trainer.run("topic", tinySet(), models);
        ScoredArticle s = DefaultArticleScorer.load(models).score(Articles.provincial(
                "Đội bóng đá trẻ Lào Cai vào chung kết", "Các cầu thủ ghi bàn đẹp mắt trên sân vận động tỉnh."));

        assertThat(rc).isZero();
        assertThat(models.resolve(DefaultArticleScorer.modelFileName("topic"))).isRegularFile();
        assertThat(s.topics()).extracting(TopicScore::label).contains("bong-da");
        assertThat(s.topics()).filteredOn(t -> t.label().equals("bong-da")).singleElement()
                .satisfies(t -> assertThat(t.evidence()).isNotEmpty());
    }

    @Test
    void trainingLeavesOutAnUnlabelledLineAndSaysSoInTheExitCode() throws Exception {
        Path set = tinySet();
        Files.writeString(set, "{\"id\":\"no-label\",\"title\":\"Tin không nhãn\",\"text\":\"\"}\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path models = Files.createDirectories(dir.resolve("models"));

        int rc = Trainer.run("topic", set, models);

        assertThat(rc).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(models.resolve(DefaultArticleScorer.modelFileName("topic"))).isRegularFile();
    }

    @Test
    void trainingOnAFileOfOnlyBadLinesSaysNothingWasRead() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.write(bad, List.of("{\"id\":\"1\",\"title\":\"Lũ quét ở Bát Xát\",\"text\":\"\"}", "{\"id\": "),
                StandardCharsets.UTF_8);

        assertThat(Trainer.run("topic", bad, dir)).isEqualTo(ExitCode.NOTHING_USABLE);
    }

    @Test
    void ngramTopicModelIsWrittenAndPreferredByTheScorer() throws Exception {
        Path models = Files.createDirectories(dir.resolve("lm-models"));

        int rc = Trainer.run("topic", tinySet(), models, new NgramSettings(2, 1, false, false));
        ScoredArticle s = DefaultArticleScorer.load(models).score(Articles.provincial(
                "Đội bóng đá trẻ Lào Cai vào chung kết", "Các cầu thủ ghi bàn đẹp mắt trên sân vận động tỉnh."));

        assertThat(rc).isZero();
        assertThat(models.resolve(DefaultArticleScorer.TOPIC_LM_FILE)).isRegularFile();
        assertThat(s.topics()).filteredOn(t -> t.label().equals("bong-da")).singleElement()
                .satisfies(t -> assertThat(t.evidence()).contains("bóng"));
    }

    @Test
    void ngramModelsAreRefusedForATaskOtherThanTopic() throws Exception {
        assertThat(Trainer.run("sentiment", tinySet(), dir, new NgramSettings(2, 1, false, false)))
                .isEqualTo(ExitCode.UNUSABLE);
    }

    @Test
    void evaluatorRefusesASetWithoutTwoMeasurableLabels() throws Exception {
        Path few = dir.resolve("few.jsonl");
        Files.write(few, List.of("{\"id\":\"1\",\"title\":\"Tiêm vắc xin\",\"text\":\"\",\"label\":\"suc-khoe\"}",
                "{\"id\":\"2\",\"title\":\"Đội bóng thắng\",\"text\":\"\",\"label\":\"bong-da\"}"), StandardCharsets.UTF_8);

        assertThat(Evaluator.run("topic", few, 5, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
    }

    @Test
    void trainedSentimentModelDecidesWhereTheLexiconIsSilent() throws Exception {
        String[] subjects = {"Bà con thôn Làng Giàng", "Tiểu thương chợ Cốc Lếu", "Người dân xã Bảo Hà", "Các hộ trồng chè"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            lines.add(line("p" + i, subjects[i] + " hồ hởi đón tin đường mới", "positive"));
            lines.add(line("q" + i, subjects[i] + " hồ hởi ra đồng", "positive"));
            lines.add(line("n" + i, subjects[i] + " ngao ngán vì đường hỏng", "negative"));
            lines.add(line("m" + i, subjects[i] + " ngao ngán chờ hồ sơ", "negative"));
        }
        Path set = dir.resolve("tone.jsonl");
        Files.write(set, lines, StandardCharsets.UTF_8);
        Path models = Files.createDirectories(dir.resolve("tone-models"));

        int rc = Trainer.run("sentiment", set, models);
        var withModel = DefaultArticleScorer.load(models).score(Articles.provincial("Nông dân hồ hởi", "Vụ mùa năm nay."));
        var lexiconOnly = DefaultArticleScorer.load(null).score(Articles.provincial("Nông dân hồ hởi", "Vụ mùa năm nay."));

        assertThat(rc).isZero();
        assertThat(lexiconOnly.sentiment().label()).isEqualTo("neutral");
        assertThat(withModel.sentiment().score()).isGreaterThan(lexiconOnly.sentiment().score());
        assertThat(withModel.sentiment().evidence()).contains("hồ hởi");
    }

    private static String line(String id, String title, String label) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"\",\"label\":\"" + label + "\"}";
    }

    @Test
    void heldOutEvaluationFitsOnOneFileAndScoresTheOther() throws Exception {
        Path test = dir.resolve("test.jsonl");
        Files.write(test, List.of(
                line("t1", "Trạm y tế xã Bảo Hà tiêm vắc xin sởi cho trẻ", "suc-khoe"),
                line("t2", "Đội bóng đá Bát Xát giành cúp sau loạt phạt đền", "bong-da"),
                line("t3", "Giá chè búp tươi tăng mạnh", "kinh-te")), StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();

        int rc = HeldOutEvaluator.runHeldOut("topic", tinySet(), test,
                new vn.tinradar.analyze.training.NgramFamily(new NgramSettings(2, 1, false, false)),
                new PrintStream(buf, true, StandardCharsets.UTF_8));

        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(printed).contains("left out 1 test lines whose label the model was not trained on")
                .contains("macro-F1=1.0000").contains("test=test.jsonl (3 lines)");
    }

    @Test
    void unknownTaskIsRefused() throws Exception {
        assertThat(Trainer.run("weather", tinySet(), dir)).isEqualTo(2);
    }

    @Test
    void evaluatorPrintsPerLabelF1AndMacroF1() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();

        int rc = Evaluator.run("topic", tinySet(), 3, new PrintStream(buf, true, StandardCharsets.UTF_8));

        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(printed).contains("suc-khoe").contains("bong-da").containsPattern("macro-F1=\\d\\.\\d{4}");
    }
}
