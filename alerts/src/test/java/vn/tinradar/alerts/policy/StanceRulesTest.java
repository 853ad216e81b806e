package vn.tinradar.alerts.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceRulesTest {

    @Test
    void approvalCueReadsAsFor() {
        StanceReading r = StanceRules.read("Nhiều hộ dân đồng tình với mức bồi thường mới mà dự thảo đưa ra.");
        assertEquals(Stance.FOR, r.stance());
        assertEquals(List.of("đồng tình"), r.cues());
    }

    @Test
    void objectionCueReadsAsAgainst() {
        StanceReading r = StanceRules.read("Người dân xã Bản Lầu cho rằng giá đất bồi thường còn nhiều bất cập.");
        assertEquals(Stance.AGAINST, r.stance());
    }

    @Test
    void negatedApprovalReadsAsAgainstAndShowsTheNegation() {
        StanceReading r = StanceRules.read("Mức hỗ trợ tái định cư như dự thảo là chưa hợp lý với hộ nghèo.");
        assertEquals(Stance.AGAINST, r.stance());
        assertEquals(List.of("chưa hợp lý"), r.cues());
    }

    @Test
    void objectionContainingAnApprovalWordIsNotCountedAsApproval() {
        StanceReading r = StanceRules.read("Quy định này bất hợp lý với người có đất nông nghiệp.");
        assertEquals(List.of("bất hợp lý"), r.cues());
    }

    @Test
    void clauseAfterNhungDecidesWhenCuesPullBothWays() {
        StanceReading r = StanceRules.read(
                "Chủ trương là cần thiết, nhưng thời hạn 30 ngày khiến nhiều hộ gặp khó khăn.");
        assertEquals(Stance.AGAINST, r.stance());
        StanceReading back = StanceRules.read(
                "Dù còn khó khăn, nhưng cử tri đánh giá cao cách thành phố lấy ý kiến.");
        assertEquals(Stance.FOR, back.stance());
    }

    @Test
    void doubtWithoutVerdictReadsAsQuestion() {
        StanceReading r = StanceRules.read("Nhiều hộ băn khoăn về cách tính diện tích đất vườn liền kề.");
        assertEquals(Stance.QUESTION, r.stance());
        assertEquals(List.of("băn khoăn"), r.cues());
    }

    @Test
    void questionMarkWithoutVerdictReadsAsQuestion() {
        assertEquals(Stance.QUESTION, StanceRules.read("Hộ thuê đất sẽ được hỗ trợ thế nào?").stance());
    }

    @Test
    void reportingWithoutCueIsNeutral() {
        assertEquals(Stance.NEUTRAL,
                StanceRules.read("Dự thảo được đăng trên cổng thông tin điện tử tỉnh từ ngày 2/11.").stance());
    }

    @Test
    void riverIsNotReadAsTheContrastWord() {
        // "sông" folds to "song" (but); cues keep their diacritics so the river does not split the sentence
        StanceReading r = StanceRules.read("Hộ ven sông Hồng ủng hộ, song lo ngại thời gian di dời quá gấp.");
        assertEquals(Stance.AGAINST, r.stance());
        StanceReading river = StanceRules.read("Bất cập trước đây đã được sửa, dân ven sông Hồng đồng tình.");
        assertEquals(Stance.AGAINST, river.stance(), "no contrast word: the objection wins");
    }

    @Test
    void bothSidesOfferedAsAChoiceReadAsQuestion() {
        StanceReading r = StanceRules.read("Bạn ủng hộ hay phản đối dự thảo mức hỗ trợ khi thu hồi đất?");
        assertEquals(Stance.QUESTION, r.stance());
        assertEquals(List.of("ủng hộ hay phản đối", "?"), r.cues());
    }

    @Test
    void choiceWithoutQuestionMarkInAForumHeadlineIsStillAQuestion() {
        assertEquals(Stance.QUESTION,
                StanceRules.read("Diễn đàn: Dự thảo giá đất bồi thường hợp lý hay bất cập").stance());
        assertEquals(Stance.QUESTION,
                StanceRules.read("Mức hỗ trợ tái định cư trong dự thảo có hợp lý hay không").stance());
    }

    @Test
    void aViewBesideTheChoiceStillDecides() {
        StanceReading r = StanceRules.read(
                "Được hỏi ủng hộ hay phản đối, ông Páo nói dự thảo còn nhiều bất cập với hộ nghèo.");
        assertEquals(Stance.AGAINST, r.stance());
        assertEquals(List.of("bất cập"), r.cues());
    }
}
