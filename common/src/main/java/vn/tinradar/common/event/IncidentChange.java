package vn.tinradar.common.event;

import java.time.Instant;

/**
 * One change to an incident, for its log: who, when, what ({@code open}, {@code task}, {@code task-done},
 * {@code handover}, {@code response}, {@code follow-story}, {@code articles}, {@code close}) and a short detail.
 * Changes the collector makes on its own are by {@link #COLLECTOR}.
 */
public record IncidentChange(String by, Instant at, String action, String detail) {

    public static final String COLLECTOR = "tinradar";
}
