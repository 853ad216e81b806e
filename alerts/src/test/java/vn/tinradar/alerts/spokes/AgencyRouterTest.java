package vn.tinradar.alerts.spokes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

class AgencyRouterTest {

    private final DirectoryAdmin admin = LaoCaiDirectory.admin(Clock.systemUTC(), new MemorySpokesLog());
    private final List<Agency> agencies = LaoCaiDirectory.agencies(admin);
    private final AgencyRouter router = new AgencyRouter(LaoCaiDirectory.PLACES, LaoCaiDirectory.TOPICS);

    @Test
    void landslideInMuongHumReachesTheCommuneItsFormerDistrictAndTheProvince() {
        assertThat(names(router.route(alert("thien-tai", "Xã Mường Hum"), agencies))).containsExactly(
                "UBND xã Mường Hum", "Tổ công tác phòng chống thiên tai khu vực Bát Xát cũ",
                "Văn phòng UBND tỉnh Lào Cai");
    }

    @Test
    void anotherCommuneOfTheSameFormerDistrictIsNotAsked() {
        assertThat(names(router.route(alert("thien-tai", "Xã Mường Hum"), agencies))).doesNotContain("UBND xã Y Tý");
    }

    @Test
    void aDepartmentAnswersOnlyForItsTopics() {
        assertThat(names(router.route(alert("dat-dai", "Xã Mường Hum"), agencies)))
                .contains("Sở Nông nghiệp và Môi trường", "UBND xã Mường Hum")
                .doesNotContain("Tổ công tác phòng chống thiên tai khu vực Bát Xát cũ");
    }

    @Test
    void placeIsFoundByItsGazetteerIdAsWell() {
        assertThat(names(router.route(alert("thien-tai", "02728"), agencies))).contains("UBND xã Mường Hum");
    }

    @Test
    void alertWithoutPlaceReachesOnlyAgenciesOfTheWholeProvince() {
        assertThat(names(router.route(alert("dat-dai", null), agencies)))
                .containsExactlyInAnyOrder("Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh Lào Cai");
    }

    @Test
    void alertWithoutTopicReachesOnlyAgenciesAnsweringEveryTopic() {
        assertThat(names(router.route(alert(null, "Xã Mường Hum"), agencies)))
                .containsExactly("Văn phòng UBND tỉnh Lào Cai");
    }

    @Test
    void reasonNamesTheTopicAndHowThePlaceContainsTheAlerts() {
        AgencyRouter.Responsible province = router.route(alert("dat-dai", "Xã Mường Hum"), agencies).stream()
                .filter(r -> r.agency().name().startsWith("Sở")).findFirst().orElseThrow();
        assertThat(province.why()).isEqualTo("chủ đề Đất đai, đền bù; địa bàn Tỉnh Lào Cai (gồm Xã Mường Hum)");
    }

    private static List<String> names(List<AgencyRouter.Responsible> routed) {
        return routed.stream().map(r -> r.agency().name()).toList();
    }

    static Alert alert(String topic, String place) {
        Instant t = Instant.parse("2026-11-18T03:00:00Z");
        return new Alert(Alert.VERSION, "topic-burst-7", "topic-burst", Severity.WARNING, AlertStatus.FIRING,
                "Sạt lở tăng đột biến tại xã Mường Hum", "", "", List.of(), List.of(), "story-42", topic, place, t, t,
                t, 1, null, null);
    }
}
