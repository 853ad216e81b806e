package vn.tinradar.deploy.web.signin;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.deploy.config.DeployConfig;

/**
 * The staff accounts that may sign in, with bcrypt password hashes (clear passwords are never kept): those of the
 * config file, which win over a managed account of the same name, then those admins manage in the dashboard.
 */
public final class UserDirectory {

    /** A signed-in person: name and role (admin, staff or viewer). */
    public record Principal(String name, String role) {

        /** The role as what it allows; not a record component, so the JSON of a principal stays name and role. */
        public Role level() {
            return Role.fromId(role);
        }
    }

    /**
     * @param credential what changes when the password does, the same on every instance: the hash of the config
     *     file, or for a password set from the clear one (each instance salts its own hash), a digest of it
     */
    private record Account(String name, String role, String hash, String credential) {
    }

    /** Named explicitly (version 2b, cost 10) so password4j does not look for a properties file and warn. */
    private static final BcryptFunction BCRYPT = BcryptFunction.getInstance(Bcrypt.B, 10);

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final ManagedAccounts managed;

    public UserDirectory(Iterable<DeployConfig.User> users) {
        this(users, ManagedAccounts.NONE);
    }

    /** @param managed the accounts admins manage in the dashboard, kept current from their topic */
    public UserDirectory(Iterable<DeployConfig.User> users, ManagedAccounts managed) {
        this.managed = managed;
        for (DeployConfig.User u : users) {
            if (u.passwordHash() != null && !u.passwordHash().isEmpty()) {
                accounts.put(u.name(), new Account(u.name(), u.role(), u.passwordHash(), u.passwordHash()));
            }
        }
    }

    /** Sets (or replaces) an account's password from a clear one, e.g. the admin's from the environment. */
    public void setPassword(String name, String role, String clearPassword) {
        accounts.put(name, new Account(name, role, hash(clearPassword), "set:" + digest(name, clearPassword)));
    }

    /** Whether {@code name} may sign in: an account of the config file or an enabled managed one. */
    public boolean has(String name) {
        return inConfigFile(name) || managed.find(name).filter(a -> !a.disabled()).isPresent();
    }

    /** Whether {@code name} is an account of the config file (or {@code admin}), which the dashboard cannot change. */
    public boolean inConfigFile(String name) {
        return name != null && accounts.containsKey(name);
    }

    /** The config file's accounts (and {@code admin}), by name. */
    public List<Principal> configAccounts() {
        return accounts.values().stream().sorted(Comparator.comparing(Account::name))
                .map(a -> new Principal(a.name(), a.role())).toList();
    }

    /** Whether the account's password was reset by an admin and must be replaced before it opens a session. */
    public boolean mustChangePassword(String name) {
        return !inConfigFile(name) && managed.find(name).filter(UserAccount::mustChangePassword).isPresent();
    }

    /**
     * The person as the accounts say now: the role an admin may have changed since they signed in, or empty once
     * the account is disabled, removed or reset, so an open session ends on every instance.
     */
    public Optional<Principal> current(Principal signedIn) {
        Account fromFile = accounts.get(signedIn.name());
        if (fromFile != null) {
            return Optional.of(new Principal(fromFile.name(), fromFile.role()));
        }
        return managed.find(signedIn.name()).filter(a -> !a.disabled() && !a.mustChangePassword())
                .map(a -> new Principal(a.name(), a.role()));
    }

    /**
     * The credential now in force for {@code name}, which changes whenever its password does (sessions opened with
     * another one end); empty when the account does not exist or is disabled.
     */
    public Optional<String> credential(String name) {
        Account fromFile = accounts.get(name);
        if (fromFile != null) {
            return Optional.of(fromFile.credential());
        }
        return managed.find(name).filter(a -> !a.disabled()).map(UserAccount::passwordHash);
    }

    public Optional<Principal> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        Account account = accounts.get(key);
        if (account == null) {
            account = managed.find(key).filter(a -> !a.disabled())
                    .map(a -> new Account(a.name(), a.role(), a.passwordHash(), a.passwordHash())).orElse(null);
        }
        if (account == null) {
            // spend the same time as a real check, so response time doesn't tell which names exist
            Password.check(password, DUMMY_HASH).with(BCRYPT);
            return Optional.empty();
        }
        boolean ok = Password.check(password, account.hash()).with(BCRYPT);
        return ok ? Optional.of(new Principal(account.name(), account.role())) : Optional.empty();
    }

    private static String digest(String name, String clearPassword) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((name + "\n" + clearPassword).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static String hash(String clearPassword) {
        return Password.hash(clearPassword).with(BCRYPT).getResult();
    }

    private static final String DUMMY_HASH = hash("tinradar-timing-guard");
}
