package vn.tinradar.alerts.spokes;

import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Spokesperson;

/** Where the directory and the requests are kept for every instance; each write is stored before it returns. */
public interface SpokesLog {

    void putAgency(Agency agency);

    void removeAgency(String id);

    void putPerson(Spokesperson person);

    void removePerson(String id);

    /**
     * Stores a request; returns once this instance has also read it back from where every instance reads, so the
     * desk has applied every change stored before it (a reminder another desk claimed first).
     */
    void putRequest(ResponseRequest request);

    /** A change that could not be stored (the broker is unreachable or refused it); nothing was applied. */
    final class NotStored extends RuntimeException {

        public NotStored(String message) {
            super(message);
        }
    }
}
