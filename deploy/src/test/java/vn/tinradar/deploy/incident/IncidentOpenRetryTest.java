package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.test.MutableClock;

/**
 * Issue 12: opening an incident from an alert, when the first write was reported as not stored but the producer
 * stored it later. The log here plays the topic's order by hand: what {@link KafkaIncidentLog} reads back is what
 * the book is given, in the order given. The real producer's bound on that lateness is {@code TopicReplicaOutageIT}.
 */
class IncidentOpenRetryTest {

    private static final Instant T0 = Instant.parse("2026-11-19T08:10:00Z");
    private static final Alert DAM_ALERT = new Alert(Alert.VERSION, "story-spread-dam", "story-spread",
            Severity.URGENT, AlertStatus.FIRING, "Tin vỡ đập thủy điện Bát Xát lan trên 3 trang không phép",
            "3 trang không phép đăng lại", null, List.of(), List.of(), "s-dam", null, null, T0, T0, T0, 1, null,
            null);

    private final IncidentBook book = new IncidentBook();
    private final MutableClock clock = new MutableClock(T0);

    /** Applies what it is given to the book, except the writes it is told to lose for now (kept for later). */
    private final class LateLog implements IncidentLog {
        final List<Incident> held = new ArrayList<>();
        boolean timeOutNext;

        @Override
        public void write(Incident incident) {
            if (timeOutNext) {
                timeOutNext = false;
                held.add(incident);
                throw new IllegalStateException("the change to incident " + incident.id() + " was not stored in "
                        + "tinradar.incidents: TimeoutException");
            }
            land(incident);
            if (!book.get(incident.id()).map(i -> i.changes().equals(incident.changes())).orElse(false)) {
                throw new StaleChange(incident.id());
            }
        }

        void land(Incident incident) {
            book.put(incident.id(), incident);
        }
    }

    private final LateLog log = new LateLog();
    private final IncidentService incidents = new IncidentService(book, log, subjectsOfDamAlert(), clock);

    private Incident openFromAlert() {
        return incidents.open(new IncidentForms.Open(DAM_ALERT.id(), null, null), "tran.thi.binh");
    }

    @Test
    void openRetriedAfterATimeoutAndStoredLateAfterTheRetryIsOneIncident() {
        log.timeOutNext = true;
        assertThatThrownBy(this::openFromAlert).isInstanceOf(IllegalStateException.class);
        clock.advance(java.time.Duration.ofSeconds(15));

        Incident retried = openFromAlert();
        log.land(log.held.get(0));   // the producer's own retry of the first write, stored after the second

        assertThat(book.all()).extracting(Incident::id).containsExactly(retried.id());
        assertThat(log.held.get(0).id()).isEqualTo(retried.id());
    }

    @Test
    void openRetriedWhileTheFirstWriteIsStoredReturnsTheIncidentStoredFirst() {
        log.timeOutNext = true;
        assertThatThrownBy(this::openFromAlert).isInstanceOf(IllegalStateException.class);
        clock.advance(java.time.Duration.ofSeconds(15));
        Incident late = log.held.get(0);
        // the first write lands after the retry checked the book and before the retry is read back
        IncidentLog landsFirst = incident -> {
            log.land(late);
            log.write(incident);
        };
        IncidentService racing = new IncidentService(book, landsFirst, subjectsOfDamAlert(), clock);

        Incident opened = racing.open(new IncidentForms.Open(DAM_ALERT.id(), null, null), "tran.thi.binh");

        assertThat(opened).isEqualTo(late);
        assertThat(book.all()).containsExactly(late);
    }

    @Test
    void incidentClosedAndOpenedAgainFromTheSameAlertIsANewIncident() {
        Incident first = openFromAlert();
        incidents.close(first.id(), new IncidentForms.Close("Đã cải chính trên cổng tỉnh.", "Cải chính sớm hơn."),
                "tran.thi.binh");

        Incident second = openFromAlert();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(book.all()).hasSize(2);
    }

    private static IncidentSubjects subjectsOfDamAlert() {
        return new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return id.equals(DAM_ALERT.id()) ? Optional.of(DAM_ALERT) : Optional.empty();
            }

            @Override
            public Optional<Story> story(String id) {
                return Optional.empty();
            }
        };
    }
}
