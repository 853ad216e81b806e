package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.DiffSpan;

class WordDiffTest {

    @Test
    void changedFigureIsTheOnlyChangedWord() {
        assertThat(WordDiff.between("Sạt lở làm 3 người chết tại Bát Xát", "Sạt lở làm 5 người chết tại Bát Xát"))
                .containsExactly(new DiffSpan("same", "Sạt lở làm"), new DiffSpan("del", "3"),
                        new DiffSpan("ins", "5"), new DiffSpan("same", "người chết tại Bát Xát"));
    }

    @Test
    void syllablesAreWordsSoOneChangedSyllableIsMarkedAlone() {
        assertThat(WordDiff.between("Chủ tịch xã Trịnh Tường", "Phó Chủ tịch xã Trịnh Tường"))
                .containsExactly(new DiffSpan("ins", "Phó"), new DiffSpan("same", "Chủ tịch xã Trịnh Tường"));
    }

    @Test
    void punctuationIsItsOwnWord() {
        assertThat(WordDiff.between("Đập thủy điện bị vỡ!", "Đập thủy điện bị vỡ?"))
                .containsExactly(new DiffSpan("same", "Đập thủy điện bị vỡ"), new DiffSpan("del", "!"),
                        new DiffSpan("ins", "?"));
    }

    @Test
    void sameWordsGiveNoDiff() {
        assertThat(WordDiff.between("Lũ quét ở Sa Pa", "Lũ  quét ở\nSa Pa")).isEmpty();
    }

    @Test
    void longUnchangedRunsAreCutAroundTheChange() {
        String head = "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai";
        List<DiffSpan> shown = WordDiff.around(WordDiff.between(head + " cũ cuối bài", head + " mới cuối bài"), 2);
        assertThat(shown).containsExactly(new DiffSpan("same", "… mười hai"), new DiffSpan("del", "cũ"),
                new DiffSpan("ins", "mới"), new DiffSpan("same", "cuối bài"));
    }

    @Test
    void rewrittenPageTooLargeToCompareIsShownTakenOutAndPutInWhole() {
        String before = "cũ ".repeat(2_100) + "kết";
        String after = "mới ".repeat(2_100) + "kết";
        List<DiffSpan> diff = WordDiff.between(before, after);
        assertThat(diff).extracting(DiffSpan::op).containsExactly("del", "ins", "same");
    }
}
