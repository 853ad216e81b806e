package vn.tinradar.deploy.web.signin;

import java.util.Optional;
import vn.tinradar.common.event.UserAccount;

/**
 * The accounts admins manage in the dashboard, as sign-in reads them; the users package keeps and writes them
 * (its {@code UserBook}), so sign-in needs nothing from it.
 */
@FunctionalInterface
public interface ManagedAccounts {

    /** No managed account: only the config file's users and {@code admin} sign in. */
    ManagedAccounts NONE = name -> Optional.empty();

    /** The managed account of that name, disabled or not; empty for none or a null name. */
    Optional<UserAccount> find(String name);
}
