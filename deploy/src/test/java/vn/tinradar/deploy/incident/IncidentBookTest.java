package vn.tinradar.deploy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentChange;

class IncidentBookTest {

    private static final Instant CLOSED_AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void anEarlierRecordReadBackFromTheTopicDoesNotUndoALaterChange() {
        IncidentBook book = new IncidentBook();
        Incident open = DamRumour.incident();
        Incident closed = open.closed("Tin giả bị gỡ sau 26 giờ.", "Cải chính sớm hơn.", "tran.thi.binh", CLOSED_AT)
                .logged(new IncidentChange("tran.thi.binh", CLOSED_AT, "close", "Tin giả bị gỡ sau 26 giờ."));

        book.put(open.id(), open);
        book.put(closed.id(), closed);   // written by this process
        book.put(open.id(), open);       // its own earlier record, read back from the topic afterwards

        assertThat(book.get(open.id())).contains(closed);
    }

    @Test
    void aLaterRecordReadFromAnotherInstanceReplacesTheOneHeld() {
        IncidentBook book = new IncidentBook();
        Incident open = DamRumour.incident();
        Incident closed = open.closed("Tin giả bị gỡ sau 26 giờ.", "Cải chính sớm hơn.", "le.van.cuong", CLOSED_AT)
                .logged(new IncidentChange("le.van.cuong", CLOSED_AT, "close", "Tin giả bị gỡ sau 26 giờ."));

        book.put(open.id(), open);
        book.put(closed.id(), closed);

        assertThat(book.get(open.id())).contains(closed);
    }

    @Test
    void aChangeMadeOnAStateSomeoneElseAlreadyChangedIsNotTaken() {
        IncidentBook book = new IncidentBook();
        Incident open = DamRumour.incident();
        Incident handedOver = open.logged(new IncidentChange("le.van.cuong", CLOSED_AT, "handover", "Ca đêm tiếp tục theo dõi."));
        Incident closedOnOldState = open.closed("Tin giả bị gỡ.", "Cải chính sớm hơn.", "tran.thi.binh", CLOSED_AT)
                .logged(new IncidentChange("tran.thi.binh", CLOSED_AT, "close", "Tin giả bị gỡ."));
        book.put(open.id(), open);
        book.put(open.id(), handedOver);

        boolean taken = book.put(open.id(), closedOnOldState);

        assertThat(taken).isFalse();
        assertThat(book.get(open.id())).contains(handedOver);
    }

    @Test
    void aRemovedIncidentIsGone() {
        IncidentBook book = new IncidentBook();
        book.put("inc-dam", DamRumour.incident());

        book.put("inc-dam", null);

        assertThat(book.get("inc-dam")).isEmpty();
    }
}
