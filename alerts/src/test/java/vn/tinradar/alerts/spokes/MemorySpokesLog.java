package vn.tinradar.alerts.spokes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Spokesperson;

/** Keeps what would be stored in memory, for the tests of the directory and the requests without a broker. */
final class MemorySpokesLog implements SpokesLog {

    final List<Object> written = new ArrayList<>();
    boolean refuse;
    /** What the topic held before each request written, as a real log reads it back: another desk's change. */
    Consumer<ResponseRequest> readBack = r -> { };

    @Override
    public void putAgency(Agency agency) {
        write(agency);
    }

    @Override
    public void removeAgency(String id) {
        write("-agency:" + id);
    }

    @Override
    public void putPerson(Spokesperson person) {
        write(person);
    }

    @Override
    public void removePerson(String id) {
        write("-person:" + id);
    }

    @Override
    public void putRequest(ResponseRequest request) {
        write(request);
        readBack.accept(request);
    }

    private void write(Object o) {
        if (refuse) {
            throw new NotStored("broker unreachable");
        }
        written.add(o);
    }
}
