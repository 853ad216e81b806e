package vn.tinradar.common.event;

import java.time.Instant;

/**
 * A dashboard account an admin manages: the value of {@code users}, keyed by the account name (compacted, so every
 * instance rebuilds the accounts from it). Only the bcrypt hash of the password is kept.
 *
 * @param mustChangePassword set by an admin's reset: the password is a temporary one, and signing in with it only
 *     lets the person choose a new one
 */
public record UserAccount(int v, String name, String role, String passwordHash, boolean disabled,
                          boolean mustChangePassword, Instant changedAt, String changedBy) {

    public static final int VERSION = 1;
}
