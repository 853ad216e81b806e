package vn.tinradar.alerts.policy.book;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.DraftPolicy;
import vn.tinradar.common.kafka.StaffTable;

/**
 * The draft policies staff enter in the dashboard: written to the compacted {@code policies} topic and read from
 * the alerts app's global copy of it ({@link StaffTable}), so every instance follows the same set and it survives
 * restarts. The rules read {@link #current()} on each story, so a saved policy is followed from the next story on,
 * without a restart. Deleting writes a tombstone, so compaction forgets the policy on every instance; a policy of the
 * settings file is not this book's to delete ({@link SettingsPolicyLocked}).
 */
public final class PolicyBook {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyBook.class);
    /** How old the copy the rules read may be: reading the store on every story would cost more than it tells. */
    private static final long REFRESH_MS = 2000;

    private final StaffTable<DraftPolicy> table;
    private final Clock clock;
    private volatile List<DraftPolicy> snapshot = List.of();
    private volatile long snapshotAt = 0;

    public PolicyBook(StaffTable<DraftPolicy> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * Checks and stores a policy; one with the same id is replaced. Returns once this instance's copy shows it.
     *
     * @throws IllegalArgumentException naming the field of the form that is wrong
     */
    public DraftPolicy save(PolicyForm form, String user) {
        DraftPolicy policy = form.check(user, clock);
        table.put(policy.id(), policy);
        snapshotAt = 0;
        LOG.info("event=policy-saved id={} user={} keywords={}", policy.id(), user, policy.keywords().size());
        return policy;
    }

    /**
     * Removes the dashboard's entry {@code id} (a tombstone on the topic); returns once this instance's copy no longer
     * shows it. When the entry stood in for a policy of the settings file, that one is followed again and returned.
     *
     * @param settings the draft policies of the settings file
     * @throws SettingsPolicyLocked when {@code id} is only in the settings file
     * @throws NoSuchElementException when no policy has that id
     */
    public Optional<AlertsConfig.Policy> delete(String id, String user, List<AlertsConfig.Policy> settings) {
        Optional<AlertsConfig.Policy> fromSettings = settings.stream().filter(p -> p.id().equals(id)).findFirst();
        if (table.get(id).isEmpty()) {
            if (fromSettings.isPresent()) {
                throw new SettingsPolicyLocked(id);
            }
            throw new NoSuchElementException("không có dự thảo mã '" + id + "'");
        }
        table.delete(id);
        snapshotAt = 0;
        LOG.info("event=policy-deleted id={} user={} settingsFollowedAgain={}", id, user, fromSettings.isPresent());
        return fromSettings;
    }

    /** The dashboard's policies as last read (at most a few seconds old), by id; the last copy while rebalancing. */
    public List<DraftPolicy> current() {
        long now = System.currentTimeMillis();
        if (now - snapshotAt >= REFRESH_MS) {
            // a store being restored cannot be read: keep the last copy rather than forget all
            table.readableValues().ifPresent(read -> snapshot = List.copyOf(read));
            snapshotAt = now;
        }
        return snapshot;
    }
}
