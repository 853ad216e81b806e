package vn.tinradar.deploy.incident;

import vn.tinradar.common.event.Incident;

/** Where incidents are kept: {@link #write} returns once the change is stored, and the book shows it. */
public interface IncidentLog {

    /**
     * @throws IllegalStateException when the store did not acknowledge the change (nothing changed)
     * @throws StaleChange when another writer changed the incident first (this change was not applied)
     */
    void write(Incident incident);

    /**
     * A change made on a state of the incident that someone else had already changed: it was refused, so that
     * neither change silently undoes the other. The message is for staff, in Vietnamese.
     */
    final class StaleChange extends RuntimeException {

        public StaleChange(String incidentId) {
            super("Sự cố " + incidentId + " vừa được người khác cập nhật nên thay đổi của bạn chưa được lưu. "
                    + "Hãy tải lại sự cố, xem thay đổi mới rồi làm lại.");
        }
    }
}
