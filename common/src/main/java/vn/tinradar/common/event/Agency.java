package vn.tinradar.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An agency of the spokesperson network: the value of {@code spokes.agencies}, keyed by {@link #id()} (compacted; a
 * tombstone removes it). Alerts about one of its {@code topics} in its place, or in a unit inside it, route to it.
 *
 * @param level {@code province}, {@code commune} or {@code department} (a Sở or branch answering for the province)
 * @param placeId the gazetteer id of the unit it answers for ("15" the province, "02728" Xã Mường Hum)
 * @param topics the taxonomy's topic ids it answers for ("thien-tai"); empty means every topic
 */
public record Agency(int v, String id, String name, String level, String placeId, List<String> topics,
                     Instant changedAt, String changedBy) {

    public static final int VERSION = 1;

    public Agency {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
