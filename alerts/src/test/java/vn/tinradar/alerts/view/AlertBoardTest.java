package vn.tinradar.alerts.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.alerts.ledger.MemoryLedger;
import vn.tinradar.alerts.metrics.AlertMetrics;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

class AlertBoardTest {

    private final MutableClock clock = new MutableClock(Fixtures.T0.plusSeconds(7200));
    private final MemoryLedger ledger = new MemoryLedger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Alert> written = new ArrayList<>();
    private final List<Alert> heard = new ArrayList<>();

    private AlertBoard board() {
        AlertBoard b = new AlertBoard(ledger, clock, new AlertMetrics(registry), written::add);
        b.addListener(heard::add);
        return b;
    }

    @Test
    void acknowledgingRecordsWhoAndWhenAndWritesTheAlertBack() {
        AlertBoard board = board();
        board.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));

        Alert acked = board.acknowledge("topic-burst-abc", "tran.thi.binh");

        assertThat(acked.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acked.ackBy()).isEqualTo("tran.thi.binh");
        assertThat(acked.ackAt()).isEqualTo(clock.instant());
        assertThat(written).containsExactly(acked);
        assertThat(heard).last().isEqualTo(acked);
        assertThat(board.audit("topic-burst-abc")).extracting(AuditEntry::action).containsExactly("acknowledged");
        assertThat(registry.get("tinradar.alerts.time.to.ack").timer().count()).isEqualTo(1);
    }

    private static Alert resolvedByItsRule(Alert a) {
        List<vn.tinradar.common.event.Signal> signals = new ArrayList<>(a.signals());
        signals.add(new vn.tinradar.common.event.Signal("cleared", 1,
                "Nguồn Cổng TTĐT tỉnh Lào Cai hoạt động bình thường trở lại lúc 10:00 20/11/2026."));
        return new Alert(a.v(), a.id(), a.rule(), a.severity(), AlertStatus.RESOLVED, a.title(), a.summary(),
                a.suggestedAction(), signals, a.articles(), a.storyId(), a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt().plusSeconds(7200), a.revision() + 1, null, null);
    }

    @Test
    void alertResolvedByItsRuleShowsResolvedAndTheAuditSaysWhy() {
        AlertBoard board = board();
        Alert firing = Fixtures.alert("source-health-abc", Severity.WARNING, 1);
        board.accept(firing);
        board.acknowledge("source-health-abc", "tran.thi.binh");

        board.accept(resolvedByItsRule(firing));

        Alert shown = board.alert("source-health-abc").orElseThrow();
        assertThat(shown.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(shown.ackBy()).isEqualTo("tran.thi.binh");
        assertThat(board.audit("source-health-abc")).extracting(AuditEntry::action, AuditEntry::user)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acknowledged", "tran.thi.binh"),
                        org.assertj.core.groups.Tuple.tuple("resolved", AlertBoard.SYSTEM));
        assertThat(board.audit("source-health-abc").get(1).detail()).contains("hoạt động bình thường trở lại");
    }

    @Test
    void replayingARuleResolvedAlertAfterARestartWritesNoSecondAuditLine() {
        Alert firing = Fixtures.alert("source-health-abc", Severity.WARNING, 1);
        board().accept(firing);
        board().accept(resolvedByItsRule(firing));

        AlertBoard restarted = board();
        restarted.accept(firing);
        restarted.accept(resolvedByItsRule(firing));

        assertThat(restarted.audit("source-health-abc")).hasSize(1);
    }

    @Test
    void acknowledgingUnknownAlertNamesTheId() {
        assertThatThrownBy(() -> board().acknowledge("khong-ton-tai", "tran.thi.binh"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'khong-ton-tai'");
    }

    @Test
    void resolvingUnknownAlertNamesTheId() {
        assertThatThrownBy(() -> board().resolve("khong-ton-tai", "tran.thi.binh"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'khong-ton-tai'");
    }

    @Test
    void laterRevisionFromTheRulesKeepsTheAcknowledgement() {
        AlertBoard board = board();
        board.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));
        board.acknowledge("topic-burst-abc", "tran.thi.binh");

        board.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 2));

        Alert shown = board.alert("topic-burst-abc").orElseThrow();
        assertThat(shown.revision()).isEqualTo(2);
        assertThat(shown.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        // and the topic is put right, for whoever reads it directly
        assertThat(written).last().satisfies(a -> {
            assertThat(a.revision()).isEqualTo(2);
            assertThat(a.ackBy()).isEqualTo("tran.thi.binh");
        });
    }

    @Test
    void resolvedAlertFiresAgainWhenItsSeverityRises() {
        AlertBoard board = board();
        board.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));
        board.resolve("topic-burst-abc", "tran.thi.binh");

        board.accept(Fixtures.alert("topic-burst-abc", Severity.URGENT, 2));

        assertThat(board.alert("topic-burst-abc").orElseThrow().status()).isEqualTo(AlertStatus.FIRING);
    }

    @Test
    void boardRebuiltFromTopicAndLedgerAfterRestartRemembersTheResolution() {
        AlertBoard before = board();
        before.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));
        clock.advance(Duration.ofMinutes(30));
        before.resolve("topic-burst-abc", "tran.thi.binh");

        // after compaction only the rules' latest revision may be left in the topic
        AlertBoard after = board();
        after.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 1));

        assertThat(after.alert("topic-burst-abc").orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(after.alerts(AlertStatus.FIRING)).isEmpty();
        assertThat(after.alerts(AlertStatus.RESOLVED)).hasSize(1);
        new AlertMetrics(registry).watch(status -> after.alerts(status).size());
        assertThat(registry.get("tinradar.alerts.current").tag("status", "resolved").gauge().value()).isEqualTo(1);
    }

    @Test
    void olderRevisionArrivingLateDoesNotReplaceNewerOne() {
        AlertBoard board = board();
        board.accept(Fixtures.alert("topic-burst-abc", Severity.URGENT, 3));

        assertThat(board.accept(Fixtures.alert("topic-burst-abc", Severity.WARNING, 2))).isEmpty();
        assertThat(board.alert("topic-burst-abc").orElseThrow().revision()).isEqualTo(3);
    }

    @Test
    void alertsAreListedNewestFirst() {
        AlertBoard board = board();
        Alert old = Fixtures.alert("cu", Severity.INFO, 1);
        Alert recent = Fixtures.alert("moi", Severity.INFO, 1);
        recent = new Alert(recent.v(), recent.id(), recent.rule(), recent.severity(), recent.status(), recent.title(),
                recent.summary(), recent.suggestedAction(), recent.signals(), recent.articles(), recent.storyId(),
                recent.topic(), recent.place(), recent.firstSeen(), recent.lastSeen().plusSeconds(600),
                recent.updatedAt(), 1, null, null);
        board.accept(old);
        board.accept(recent);

        assertThat(board.alerts(null)).extracting(Alert::id).containsExactly("moi", "cu");
    }

    @Test
    void lesserAlertOnAStoryIsInhibitedByAMoreSevereOneOnTheSameStory() {
        AlertBoard board = board();
        Alert urgent = onStory(Fixtures.alert("story-spread-1", Severity.URGENT, 1), "story-benh-vien");
        Alert watch = onStory(Fixtures.alert("watch-list-1", Severity.INFO, 1), "story-benh-vien");
        board.accept(urgent);
        board.accept(watch);

        assertThat(board.inhibited(watch)).isTrue();
        assertThat(board.inhibited(urgent)).isFalse();
        board.resolve("story-spread-1", "tran.thi.binh");
        assertThat(board.inhibited(watch)).isFalse();
    }

    @Test
    void assignmentWithDeadlineIsRecordedInTheAuditTrail() {
        AlertBoard board = board();
        board.accept(Fixtures.alert("topic-burst-abc", Severity.URGENT, 1));

        Assignment a = board.assign("topic-burst-abc", "le.van.cuong", clock.instant().plusSeconds(7200),
                "tran.thi.binh");

        assertThat(board.assignment("topic-burst-abc")).contains(a);
        assertThat(board.audit("topic-burst-abc")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("assigned");
            assertThat(e.detail()).startsWith("le.van.cuong, hạn ");
        });
        assertThatThrownBy(() -> board.assign("topic-burst-abc", "le.van.cuong", clock.instant().minusSeconds(1),
                "tran.thi.binh")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Alert onStory(Alert a, String storyId) {
        return new Alert(a.v(), a.id(), a.rule(), a.severity(), a.status(), a.title(), a.summary(),
                a.suggestedAction(), a.signals(), a.articles(), storyId, a.topic(), a.place(), a.firstSeen(),
                a.lastSeen(), a.updatedAt(), a.revision(), null, null);
    }
}
