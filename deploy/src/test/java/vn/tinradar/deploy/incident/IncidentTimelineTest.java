package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.view.AuditEntry;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Severity;

/** What the incident page's timeline merges, and in which order. */
class IncidentTimelineTest {

    private static final Alert SPREAD = new Alert(Alert.VERSION, "al-dam", "story-spread", Severity.URGENT,
            AlertStatus.ACKNOWLEDGED, "Tin đập thủy điện Bát Xát sắp vỡ lan trên 3 trang", "3 trang không phép đăng lại",
            null, List.of(), List.of(), "s-dam", null, null, DamRumour.at("2026-11-19T15:10"),
            DamRumour.at("2026-11-19T15:10"), DamRumour.at("2026-11-19T15:20"), 1, "tran.thi.binh",
            DamRumour.at("2026-11-19T15:20"));

    @Test
    void mergesArticlesAlertsActionsResponsesTasksAndHandoversOldestFirst() {
        List<TimelineEntry> t = IncidentTimeline.of(DamRumour.incident(), List.of(SPREAD),
                List.of(new AuditEntry("al-dam", "acknowledged", "tran.thi.binh", DamRumour.at("2026-11-19T15:20"), null)),
                List.of(), false);

        assertThat(t).extracting(TimelineEntry::kind).containsExactly("article", "article", "article", "alert",
                "alert-action", "change", "task", "response", "article", "article", "handover", "article");
    }

    @Test
    void newestFirstStartsWithTheLatestArticle() {
        List<TimelineEntry> t = IncidentTimeline.of(DamRumour.incident(), List.of(), List.of(), List.of(), true);

        assertThat(t.get(0).title()).isEqualTo("Vẫn chia sẻ clip đập Bát Xát sắp vỡ dù đã có cải chính");
        assertThat(t.get(0).tone()).isEqualTo("negative");
        assertThat(t.get(0).detail()).contains(DamRumour.CLAIM);
    }

    @Test
    void theResponseRequestsOfItsStoryAreRequestedRemindedAndAnsweredInTheTimeline() {
        List<TimelineEntry> t = IncidentTimeline.of(DamRumour.incident(), List.of(), List.of(),
                IncidentRequests.of(DamRumour.incident(), DamRumour.requests()), false);

        assertThat(t).filteredOn(e -> e.kind().equals("request")).extracting(TimelineEntry::title).containsExactly(
                "Đề nghị Sở Công Thương tỉnh Lào Cai phản hồi chính thức",
                "Đề nghị Công an tỉnh Lào Cai phản hồi chính thức",
                "Đã nhắc Sở Công Thương tỉnh Lào Cai hạn phản hồi",
                "Sở Công Thương tỉnh Lào Cai đã phản hồi đề nghị");
    }

    @Test
    void aRequestAboutAnotherStoryIsNotTheIncidents() {
        ResponseRequest flood = DamRumour.requests().get(1);
        ResponseRequest elsewhere = new ResponseRequest(flood.v(), "rq-lu", "al-lu", "s-lu", "Lũ quét ở Mường Hum",
                flood.agencyId(), flood.agencyName(), flood.due(), "", "le.van.cuong", flood.requestedAt(), List.of(),
                null, null, null);

        assertThat(IncidentRequests.of(DamRumour.incident(), List.of(elsewhere, flood))).containsExactly(flood);
    }

    @Test
    void anAlertOnAnotherStoryIsNotTheIncidents() {
        Alert other = new Alert(Alert.VERSION, "al-lu", "story-spread", Severity.URGENT, AlertStatus.FIRING,
                "Lũ quét ở Mường Hum", null, null, List.of(), List.of(), "s-lu", null, null, null, null, null, 1,
                null, null);

        assertThat(IncidentTimeline.concerns(DamRumour.incident(), SPREAD)).isTrue();
        assertThat(IncidentTimeline.concerns(DamRumour.incident(), other)).isFalse();
    }
}
