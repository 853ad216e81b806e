package vn.tinradar.common.event;

import java.time.Instant;

/**
 * One change to an account, for the admins' audit trail: the value of {@code users.audit}, keyed by {@link #id}.
 * Each key is unique, so compaction keeps every entry.
 *
 * @param by who made the change (an admin, or the account's owner choosing a new password)
 * @param action what changed: {@code add}, {@code role}, {@code disable}, {@code enable}, {@code reset},
 *     {@code password}
 * @param detail the new role for {@code role} and {@code add}, else empty; never a password
 */
public record UserChange(int v, String id, Instant at, String by, String user, String action, String detail) {

    public static final int VERSION = 1;
}
