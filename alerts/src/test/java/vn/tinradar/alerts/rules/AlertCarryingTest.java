package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;

/**
 * One storm, two stories merged: the burst alert of the first story is carried to the group of the story it merged
 * into (issue 11: on the held-out stream each merge raised a new alert and resolved the old one).
 */
class AlertCarryingTest {

    private static final String RAIN = "story-trend|s-mua-lon-truoc-bao";
    private static final String STORM = "story-trend|s-bao-so-10";
    private final AlertGrouping grouping = new AlertGrouping(30, Duration.ofHours(72));

    private static Finding burst(String group, String story, String articleId, String title, Instant seen) {
        return new Finding("topic-burst", group, Severity.URGENT,
                "Thiên tai (sạt lở, lũ quét, bão): tin tăng đột biến trên toàn địa bàn — “" + title + "”",
                "Từ 19:00 26/09/2025 có 12 bài về thiên tai trên toàn địa bàn từ 2 nguồn.",
                "Cung cấp thông tin chính thức.", List.of(new Signal("burst", 6.4, "Chỉ số đột biến 6,4")),
                List.of(Fixtures.ref(articleId, title, "Thanh Niên", SourceTier.NATIONAL_PRESS, 0)), story, "thien-tai",
                null, seen, seen);
    }

    private Alert rainAlert() {
        return grouping.apply(null, burst(RAIN, "s-mua-lon-truoc-bao", "tn-1",
                "Mưa lớn trước bão, Cồn Cỏ đưa dân vào nơi trú ẩn", Fixtures.T0), Fixtures.T0).orElseThrow().alert();
    }

    private Finding stormBurst() {
        return burst(STORM, "s-bao-so-10", "tn-2", "Bão số 10 đổ bộ, hai tàu cá bị chìm", Fixtures.T0.plusSeconds(600));
    }

    @Test
    void groupWithoutAlertTakesOverTheCarriedAlertAsItsNextRevision() {
        Alert carried = rainAlert();

        Alert next = grouping.apply(null, stormBurst().carrying(carried), Fixtures.T0.plusSeconds(600)).orElseThrow()
                .alert();

        assertThat(next.id()).isEqualTo(carried.id());
        assertThat(next.revision()).isEqualTo(carried.revision() + 1);
        assertThat(next.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(next.storyId()).isEqualTo("s-bao-so-10");
        assertThat(next.articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("tn-1", "tn-2");
    }

    @Test
    void groupWithItsOwnFiringAlertKeepsItAndOnlyGrows() {
        Instant at = Fixtures.T0.plusSeconds(600);
        AlertGrouping.GroupState own = grouping.apply(null, stormBurst(), at).orElseThrow();

        Alert next = grouping.apply(own, stormBurst().carrying(rainAlert()), at).map(s -> s.alert()).orElse(own.alert());

        assertThat(next.id()).isEqualTo(own.alert().id());
    }

    @Test
    void groupThatHandedItsAlertOverLetsGoSilentlyAndStartsAFreshOneLater() {
        Instant at = Fixtures.T0.plusSeconds(600);
        AlertGrouping.GroupState rain = grouping.apply(null, burst(RAIN, "s-mua-lon-truoc-bao", "tn-1",
                "Mưa lớn trước bão, Cồn Cỏ đưa dân vào nơi trú ẩn", Fixtures.T0), Fixtures.T0).orElseThrow();

        AlertGrouping.GroupState handed = grouping.apply(rain, Finding.handedOver("topic-burst", RAIN,
                rain.alert(), at), at).orElseThrow();
        AlertGrouping.GroupState later = grouping.apply(handed, burst(RAIN, "s-mua-lon-truoc-bao", "tn-3",
                "Nước sông Gianh lên nhanh", at), at).orElseThrow();

        assertThat(later.alert().id()).isNotEqualTo(rain.alert().id());
        assertThat(grouping.replaced(handed, later, at)).as("the carried alert is not resolved from here").isEmpty();
    }
}
