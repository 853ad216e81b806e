package vn.tinradar.deploy.web.users;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.deploy.web.signin.ManagedAccounts;

/**
 * This instance's copy of the managed accounts and of the latest {@value #KEPT_CHANGES} audit entries, filled from
 * the {@code users} and {@code users.audit} topics ({@link KafkaUserLog}); applying the same record twice changes
 * nothing, so a write applied locally and then read back from the topic is harmless.
 */
public final class UserBook implements ManagedAccounts {

    static final int KEPT_CHANGES = 2_000;

    private final Map<String, UserAccount> accounts = new ConcurrentHashMap<>();
    private final Deque<UserChange> changes = new ArrayDeque<>();
    private final Map<String, Boolean> changeIds = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(accounts.get(name));
    }

    public List<UserAccount> all() {
        return accounts.values().stream().sorted(Comparator.comparing(UserAccount::name)).toList();
    }

    /** The account's latest state; a null account (a tombstone) removes {@code name}. */
    public void put(String name, UserAccount account) {
        if (account == null) {
            accounts.remove(name);
        } else {
            accounts.put(name, account);
        }
    }

    public synchronized void record(UserChange change) {
        if (changeIds.putIfAbsent(change.id(), Boolean.TRUE) != null) {
            return;
        }
        changes.addLast(change);
        if (changes.size() > KEPT_CHANGES) {
            changeIds.remove(changes.removeFirst().id());
        }
    }

    /** The audit entries, newest first. */
    public synchronized List<UserChange> changes() {
        List<UserChange> newestFirst = new ArrayList<>(changes);
        newestFirst.sort(Comparator.comparing(UserChange::at).reversed());
        return newestFirst;
    }
}
