package vn.tinradar.deploy.web.users;

import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;

/** Where account changes are kept for every instance: the account's new state and the audit entry saying why. */
public interface UserLog {

    /** Stores both, or throws {@link NotStored} when they could not be stored (nothing is then applied here). */
    void write(UserAccount account, UserChange change);

    /** The change could not be stored (the broker is unreachable or refused it); the message says which part. */
    final class NotStored extends RuntimeException {

        public NotStored(String message) {
            super(message);
        }
    }
}
