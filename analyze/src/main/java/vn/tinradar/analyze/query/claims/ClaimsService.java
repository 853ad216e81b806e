package vn.tinradar.analyze.query.claims;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.kafka.StaffTable;
import vn.tinradar.common.event.Claim;

/**
 * The reviewed claims staff manage: add, list (newest first, withdrawn ones included and marked), withdraw.
 * Stored in the compacted {@code claims} topic through a {@link StaffTable}; a withdrawn claim is kept, with who
 * withdrew it and when, and stops matching new articles.
 */
public final class ClaimsService {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsService.class);

    private final StaffTable<Claim> table;
    private final Clock clock;

    public ClaimsService(StaffTable<Claim> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * Checks and stores a new claim.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public Claim add(ClaimDraft draft, String user) {
        ClaimDraft.Checked c = draft.check(clock);
        Claim claim = new Claim(Claim.VERSION, "c-" + UUID.randomUUID().toString().substring(0, 8),
                c.claim(), c.verdict(), c.reviewedBy(), c.reviewDate(), c.correctionUrl(), user, clock.instant(),
                null, null);
        table.put(claim.id(), claim);
        LOG.info("event=claim-added id={} verdict={} user={}", claim.id(), claim.verdict().id(), user);
        return claim;
    }

    /** Every claim, newest first. */
    public List<Claim> list() {
        return table.values().stream().sorted(Comparator.comparing(Claim::addedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    /**
     * Withdraws a claim: it stays listed and stops matching.
     *
     * @throws NoSuchElementException when there is no claim with that id
     */
    public Claim withdraw(String id, String user) {
        Claim claim = table.get(id).orElseThrow(() -> new NoSuchElementException("no claim with id " + id));
        if (!claim.active()) {
            return claim;
        }
        Claim withdrawn = claim.withdrawn(user, clock.instant());
        table.put(id, withdrawn);
        LOG.info("event=claim-withdrawn id={} user={}", id, user);
        return withdrawn;
    }
}
