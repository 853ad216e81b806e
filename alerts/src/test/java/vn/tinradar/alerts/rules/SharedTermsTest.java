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
    void citiesPeoplesCommitteesAbbreviatedAreNotOneEvent() {
        List<ScoredArticle> committees = reports(
                "UBND TP Hà Nội ban hành kế hoạch chỉnh trang vỉa hè",
                "UBND TP Đà Nẵng phê duyệt đề án phát triển du lịch đêm",
                "UBND TP Cần Thơ khen thưởng đội bóng đá nữ");

        assertThat(SharedTerms.common(committees, null)).isEmpty();
    }

    @Test
    void councilsAbbreviatedWithACapitalDAreNotOneEvent() {
        List<ScoredArticle> councils = reports(
                "HĐND TP Hải Phòng thông qua nghị quyết hỗ trợ học phí",
                "HĐND TP Huế bầu bổ sung phó chủ tịch",
                "HĐND TP Cần Thơ giám sát tiến độ cầu Trần Hoàng Na");

        assertThat(SharedTerms.common(councils, null)).isEmpty();
    }

    @Test
    void unrelatedReportsOfTheTrafficPoliceDepartmentAreNotOneEvent() {
        List<ScoredArticle> trafficPolice = reports(
                "Cục CSGT đề xuất tăng mức phạt xe quá tải",
                "Cục CSGT cảnh báo thủ đoạn giả danh gửi tin nhắn phạt nguội",
                "Cục CSGT tổng kết đợt cao điểm Tết Dương lịch");

        assertThat(SharedTerms.common(trafficPolice, "giao-thong")).isEmpty();
    }

    @Test
    void aDepartmentAbbreviatedWithAnAmpersandMatchesItsListEntry() {
        List<ScoredArticle> environment = reports(
                "Sở TN&MT Hà Tĩnh thu hồi giấy phép khai thác cát",
                "Sở TN&MT Quảng Ninh công bố quy hoạch bãi chôn lấp rác",
                "Sở TN&MT Đồng Nai kiểm tra nhà máy xả thải ra sông");

        assertThat(SharedTerms.common(environment, null)).isEmpty();
    }

    @Test
    void wordsOfOneEventStillCountBesideTheAbbreviatedForce() {
        List<ScoredArticle> pileUp = reports(
                "CSGT phân luồng sau vụ tai nạn liên hoàn trên cao tốc Pháp Vân",
                "Tai nạn liên hoàn, 6 ô tô hư hỏng, CSGT có mặt",
                "Clip hiện trường tai nạn liên hoàn, CSGT cảnh báo giữ khoảng cách");

        assertThat(SharedTerms.common(pileUp, null)).get().isIn("tai nạn", "liên hoàn");
    }

    @Test
    void anAbbreviationInCapitalsIsANameOnItsOwn() {
        NotEvidence lists = NotEvidence.bundled();

        assertThat(lists.inNames("ubnd tp lào cai".split(" "))).containsExactly(true, false, false, false);
        assertThat(lists.inNames(NotEvidence.normalise("sở tn&mt lào cai").split(" ")))
                .containsExactly(true, true, false, false);
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
