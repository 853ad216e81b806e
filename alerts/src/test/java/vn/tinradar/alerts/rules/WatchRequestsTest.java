package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.WatchRequest;

class WatchRequestsTest {

    @Test
    void firingAlertWatchesItsArticleFromItsPublication() {
        Alert alert = Fixtures.alert("topic-burst-7", Severity.WARNING, 1);

        List<KeyValue<String, WatchRequest>> out = WatchRequests.of(alert);

        assertThat(out).extracting(kv -> kv.key).containsExactly("bao-lao-cai-1|alert:topic-burst-7");
        WatchRequest w = out.get(0).value;
        assertThat(w.open()).isTrue();
        assertThat(w.anchor()).isEqualTo(alert.articles().get(0).published().toInstant());
    }

    @Test
    void resolvedAlertClosesItsWatches() {
        Alert a = Fixtures.alert("topic-burst-7", Severity.WARNING, 2);
        Alert resolved = new Alert(a.v(), a.id(), a.rule(), a.severity(), AlertStatus.RESOLVED, a.title(), a.summary(),
                a.suggestedAction(), a.signals(), a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt(), a.revision(), a.ackBy(), a.ackAt());

        assertThat(WatchRequests.of(resolved)).extracting(kv -> kv.value.open()).containsExactly(false);
    }
}
