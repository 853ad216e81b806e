package vn.tinradar.alerts.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;

class FeedbackCompilerTest {

    private static final AlertsConfig.Policy LAND = new AlertsConfig.Policy("bang-gia-dat-2026",
            "Dự thảo bảng giá đất tỉnh Lào Cai 2026", List.of("bảng giá đất", "bồi thường"),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 15));

    private static FeedbackSource article(String id, String source, String text) {
        return new FeedbackSource(id, "", text, source, "https://" + source + "/" + id, null);
    }

    @Test
    void sentenceWithStanceButNoMentionOfThePolicyIsLeftOut() {
        CompiledFeedback f = FeedbackCompiler.compile(LAND, List.of(article("a1", "baolaocai.vn",
                "Người dân rất đồng tình với việc mở rộng chợ Cốc Lếu.")));
        assertEquals(0, f.count(Stance.FOR));
    }

    @Test
    void sentenceNamingAKeyTermWithoutCueIsLeftOut() {
        CompiledFeedback f = FeedbackCompiler.compile(LAND, List.of(article("a1", "baolaocai.vn",
                "Bảng giá đất mới có 1.250 vị trí ở 99 xã, phường.")));
        assertTrue(f.arguments().isEmpty());
    }

    @Test
    void sentencesSharingAPhraseFormOneArgument() {
        CompiledFeedback f = FeedbackCompiler.compile(LAND, List.of(
                article("a1", "baolaocai.vn", "Mức bồi thường đất nông nghiệp trong dự thảo còn thấp, gây thiệt thòi."),
                article("a2", "laocaitv.vn", "Hộ dân Bảo Yên lo ngại bồi thường đất nông nghiệp không đủ mua đất mới."),
                article("a3", "vnexpress.net", "Dự thảo gây bất cập khi chồng chéo với thời hạn bàn giao mặt bằng.")));
        Argument first = f.arguments(Stance.AGAINST).get(0);
        assertEquals("bồi thường đất nông nghiệp", first.term());
        assertEquals(2, first.sentences().size());
        assertEquals(2, first.sourceCount());
    }

    @Test
    void sentencesSharingNothingAreGroupedLastWithAnEmptyTerm() {
        CompiledFeedback f = FeedbackCompiler.compile(LAND, List.of(
                article("a1", "baolaocai.vn", "Dự thảo gây bất cập cho hộ kinh doanh ven quốc lộ."),
                article("a2", "laocaitv.vn", "Bảng giá đất khiến người mua nhà lần đầu lo lắng.")));
        List<Argument> against = f.arguments(Stance.AGAINST);
        assertEquals(1, against.size());
        assertEquals("", against.get(0).term());
        assertEquals(2, against.get(0).sentences().size());
    }

    @Test
    void syndicatedCopyOfASentenceCountsOnce() {
        String s = "Cử tri đồng tình với bảng giá đất sát giá thị trường.";
        CompiledFeedback f = FeedbackCompiler.compile(LAND,
                List.of(article("a1", "baolaocai.vn", s), article("a2", "tinmoi.vn", s)));
        assertEquals(1, f.count(Stance.FOR));
        assertEquals("baolaocai.vn", f.arguments(Stance.FOR).get(0).representative().source().sourceName());
    }

    @Test
    void headlineCountsAsASentence() {
        FeedbackSource a = new FeedbackSource("a1", "Bồi thường theo dự thảo: người dân phản đối", "Nội dung bài.",
                "baolaocai.vn", "https://baolaocai.vn/a1", null);
        assertEquals(1, FeedbackCompiler.compile(LAND, List.of(a)).count(Stance.AGAINST));
    }
}
