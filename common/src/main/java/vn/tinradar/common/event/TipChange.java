package vn.tinradar.common.event;

import java.time.Instant;

/**
 * One change to a tip, for its history: who, when, what ({@code submit}, {@code status}, {@code handler},
 * {@code notes}, {@code claim}, {@code incident}) and the value it set.
 */
public record TipChange(String by, Instant at, String action, String detail) {
}
