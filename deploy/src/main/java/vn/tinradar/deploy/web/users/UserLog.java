package vn.tinradar.deploy.web.users;

import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;

/** Where account changes are kept for every instance: the account's new state and the audit entry saying why. */
public interface UserLog {

    /** Stores both, or throws when they could not be stored (nothing is then applied). */
    void write(UserAccount account, UserChange change);
}
