package vn.tinradar.deploy.web.signin;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.deploy.config.DeployConfig;

/** The staff accounts that may sign in, with bcrypt password hashes; clear passwords are never kept. */
public final class UserDirectory {

    /** A signed-in person: name and role (admin, staff or viewer). */
    public record Principal(String name, String role) {

        /** The role as what it allows; not a record component, so the JSON of a principal stays name and role. */
        public Role level() {
            return Role.fromId(role);
        }
    }

    private record Account(String name, String role, String hash) {
    }

    /** Named explicitly (version 2b, cost 10) so password4j does not look for a properties file and warn. */
    private static final BcryptFunction BCRYPT = BcryptFunction.getInstance(Bcrypt.B, 10);

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public UserDirectory(Iterable<DeployConfig.User> users) {
        for (DeployConfig.User u : users) {
            if (u.passwordHash() != null && !u.passwordHash().isEmpty()) {
                accounts.put(u.name(), new Account(u.name(), u.role(), u.passwordHash()));
            }
        }
    }

    /** Sets (or replaces) an account's password from a clear one, e.g. the admin's from the environment. */
    public void setPassword(String name, String role, String clearPassword) {
        accounts.put(name, new Account(name, role, hash(clearPassword)));
    }

    public boolean has(String name) {
        return accounts.containsKey(name);
    }

    public Optional<Principal> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        Account account = accounts.get(name.trim().toLowerCase(Locale.ROOT));
        if (account == null) {
            // spend the same time as a real check, so response time doesn't tell which names exist
            Password.check(password, DUMMY_HASH).with(BCRYPT);
            return Optional.empty();
        }
        boolean ok = Password.check(password, account.hash()).with(BCRYPT);
        return ok ? Optional.of(new Principal(account.name(), account.role())) : Optional.empty();
    }

    public static String hash(String clearPassword) {
        return Password.hash(clearPassword).with(BCRYPT).getResult();
    }

    private static final String DUMMY_HASH = hash("tinradar-timing-guard");
}
