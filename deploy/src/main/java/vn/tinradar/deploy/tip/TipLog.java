package vn.tinradar.deploy.tip;

import vn.tinradar.common.event.Tip;

/** Where tips are kept: {@link #write} returns once the change is stored, and the book shows it. */
public interface TipLog {

    /**
     * @throws IllegalStateException when the store did not acknowledge the change (nothing changed)
     * @throws StaleChange when another writer changed the tip first (this change was not applied)
     */
    void write(Tip tip);

    /** A change made on a state of the tip someone else had already changed; the message is for staff. */
    final class StaleChange extends RuntimeException {

        public StaleChange(String tipId) {
            super("Tin báo " + tipId + " vừa được người khác cập nhật nên thay đổi của bạn chưa được lưu. "
                    + "Hãy tải lại tin báo rồi làm lại.");
        }
    }
}
