package vn.tinradar.deploy.backup;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tinradar.common.kafka.Topic;
import vn.tinradar.common.kafka.Topics;

/**
 * Each kind of staff data a backup holds, with the compacted topic it lives in. Alert actions share the
 * {@code alerts.deliveries} ledger with the delivery receipts, so only the keys staff actions write are theirs;
 * the receipts and report marks are the machine's own and stay out of a backup.
 */
public enum StaffDataKind {

    USER("user", t -> t.users, List.of()),
    USER_AUDIT("user-audit", t -> t.usersAudit, List.of()),
    CLAIM("claim", t -> t.claims, List.of()),
    SAVED_SEARCH("saved-search", t -> t.savedSearches, List.of()),
    /** The spokesperson network: agencies, their spokespersons, and the requests for an official response. */
    AGENCY("agency", t -> t.agencies, List.of()),
    SPOKESPERSON("spokesperson", t -> t.spokespersons, List.of()),
    RESPONSE_REQUEST("response-request", t -> t.responseRequests, List.of()),
    INCIDENT("incident", t -> t.incidents, List.of()),
    /** Tips staff pasted, with their analysis, status history and what they became. */
    TIP("tip", t -> t.tips, List.of()),
    POLICY("policy", t -> t.policies, List.of()),
    // the key prefixes AlertBoard (status, audit trail, assignment) and Silences write in the ledger
    ALERT_ACTION("alert-action", t -> t.deliveries, List.of("lifecycle|", "audit|", "assignment|", "silence|")),
    /** The settings file (draft policies, rules, recipients) and the sources registry, as text. */
    FILE("file", t -> null, List.of());

    private final String label;
    private final Function<Topics, Topic<String, ?>> topic;
    private final List<String> keyPrefixes;

    StaffDataKind(String label, Function<Topics, Topic<String, ?>> topic, List<String> keyPrefixes) {
        this.label = label;
        this.topic = topic;
        this.keyPrefixes = keyPrefixes;
    }

    /** The name in the file's {@code kind} field. */
    public String label() {
        return label;
    }

    /** The topic of this kind in an installation; empty for files. */
    public Optional<Topic<String, ?>> topic(Topics topics) {
        return Optional.ofNullable(topic.apply(topics));
    }

    /** True when a record of this kind's topic with {@code key} belongs to this kind. */
    public boolean owns(String key) {
        return keyPrefixes.isEmpty() || keyPrefixes.stream().anyMatch(key::startsWith);
    }

    /** The kind named {@code label}, if any. */
    public static Optional<StaffDataKind> byLabel(String label) {
        for (StaffDataKind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
