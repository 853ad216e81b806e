package vn.tinradar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.alerts.view.AlertBoard;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Severity;

class DeliveryServiceTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
    private final MemoryLedger ledger = new MemoryLedger();
    private final AlertMetrics metrics = new AlertMetrics(new SimpleMeterRegistry());
    private final AlertBoard board = new AlertBoard(ledger, clock, metrics, alert -> { });
    private final Alert landslide = Fixtures.alert("topic-burst-sat-lo-bao-yen", Severity.URGENT, 1);

    private DeliveryService delivery() {
        return new DeliveryService(AlertsConfig.defaults(), ledger, board, dataDir, metrics, clock);
    }

    private static Silence onAlert(String alertId) {
        return new Silence(null, null, null, null, null, alertId, Fixtures.T0, Fixtures.T0.plusSeconds(1),
                "nguyen.van.an", "Đang phối hợp với UBND xã Bảo Yên");
    }

    @Test
    void silencingAnAlertNobodyRaisedNamesTheMissingId() {
        DeliveryService delivery = delivery();

        assertThatThrownBy(() -> delivery.silence(onAlert("topic-burst-khong-co"), 60))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'topic-burst-khong-co'");
    }

    @Test
    void silencingAnAlertIsWrittenInItsAuditTrail() {
        DeliveryService delivery = delivery();
        board.accept(landslide);

        delivery.silence(onAlert(landslide.id()), 60);

        assertThat(board.audit(landslide.id())).extracting(e -> e.action()).contains("silenced");
    }

    @Test
    void resolvingAnAlertOnTheBoardEndsTheSilenceSetOnIt() {
        DeliveryService delivery = delivery();
        board.accept(landslide);
        delivery.silence(onAlert(landslide.id()), 60);

        board.resolve(landslide.id(), "tran.thi.binh");

        assertThat(delivery.silences()).isEmpty();
    }
}
