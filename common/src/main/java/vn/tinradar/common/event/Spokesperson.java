package vn.tinradar.common.event;

import java.time.Instant;

/**
 * A spokesperson of an agency, who answers the press for it: the value of {@code spokes.persons}, keyed by
 * {@link #id()} (compacted; a tombstone removes it). Requests for an official response are mailed to {@code email}.
 */
public record Spokesperson(int v, String id, String name, String position, String agencyId, String email,
                           String phone, Instant changedAt, String changedBy) {

    public static final int VERSION = 1;
}
