package vn.tinradar.alerts.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * The alert service's durable memory of what it did: deliveries sent, lifecycle actions, silences and the
 * audit trail, as string keys and JSON values. In production it is the compacted {@code alerts.deliveries}
 * topic read back at start; a restarted service therefore knows every e-mail it already sent.
 */
public interface Ledger {

    Optional<String> get(String key);

    /** Stores the entry durably before returning; a failure throws and nothing is recorded. */
    void put(String key, String value);

    /** Every entry whose key starts with {@code prefix}, in key order. */
    Map<String, String> entries(String prefix);

    /**
     * Reads what other instances recorded since this one last looked; throws when the durable copy cannot be read.
     * A ledger that only this process writes has nothing to read.
     */
    default void refresh() {
    }
}
