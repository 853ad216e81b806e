package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;

/**
 * Which word pairs make differently worded reports one event, and which do not (issue 11: a week of a city's
 * unrelated security news passed as one issue on "bộ công", from "Bộ Công an").
 */
class SharedTermsTest {

    /** Reports of one day, each its own story, by headline. */
    private static List<ScoredArticle> reports(String... headlines) {
        List<ScoredArticle> reports = new ArrayList<>();
        for (int i = 0; i < headlines.length; i++) {
            reports.add(Fixtures.scored(Fixtures.ref("bai-" + i, headlines[i], "24h", SourceTier.NATIONAL_PRESS,
                    10 * i), "s-" + i));
        }
        return reports;
    }

    @Test
    void unrelatedSecurityNewsSharingOnlyTheMinistrysNameAreNotOneEvent() {
        List<ScoredArticle> security = reports(
                "Bộ Công an cảnh báo hành vi nhảy múa phản cảm trong đám tang",
                "Bộ Công an thông tin vụ bắt giữ hoa hậu liên quan đường dây lừa đảo",
                "Cháy quán bar giữa đêm, Bộ Công an chỉ đạo làm rõ nguyên nhân");

        assertThat(SharedTerms.common(security, "an-ninh-trat-tu")).isEmpty();
    }

    @Test
    void reportsNamingTheSamePeoplesCommitteeAreNotOneEvent() {
        List<ScoredArticle> committee = reports(
                "Ủy ban nhân dân phường Hoàn Kiếm tổ chức hội chợ mùa xuân",
                "Ủy ban nhân dân xã Sóc Sơn khen thưởng học sinh giỏi",
                "Chủ tịch Ủy ban nhân dân thành phố tiếp công dân định kỳ");

        assertThat(SharedTerms.common(committee, null)).isEmpty();
    }

    @Test
    void projectsOfUnrelatedDevelopersAreNotOneEvent() {
        List<ScoredArticle> projects = reports(
                "Doanh thu dự án nhà ở xã hội của CC1 tăng mạnh",
                "Thủ tướng yêu cầu đẩy nhanh dự án đường sắt tốc độ cao",
                "Vinhomes báo lãi lớn nhờ bàn giao dự án ven sông");

        assertThat(SharedTerms.common(projects, "ha-tang-xay-dung")).isEmpty();
    }

    @Test
    void wordsOfOneEventStillCountBesideTheMinistryThatActs() {
        List<ScoredArticle> poisoning = reports(
                "Bộ Y tế yêu cầu điều tra vụ ngộ độc ở trường mầm non",
                "Hơn 40 trẻ nhập viện nghi ngộ độc, Bộ Y tế vào cuộc",
                "Bộ Y tế cử đoàn công tác xuống nơi xảy ra ngộ độc");

        assertThat(SharedTerms.common(poisoning, null)).contains("ngộ độc");
    }

    @Test
    void aNameIsTakenWholeWhereALongerOneStartsAtTheSameWord() {
        NotEvidence lists = NotEvidence.bundled();
        String[] words = "phó thủ tướng chỉ đạo khẩn".split(" ");

        assertThat(lists.inNames(words)).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void aListLineThatCannotBeANameIsRejectedWithItsFileAndLine() {
        assertThatThrownBy(() -> NotEvidence.read("one-word-name.txt", 2, Integer.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one-word-name.txt line 3: 'công'");
    }
}
