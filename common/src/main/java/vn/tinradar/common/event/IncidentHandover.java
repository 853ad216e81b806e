package vn.tinradar.common.event;

import java.time.Instant;

/** One entry of an incident's hand-over log between shifts: who wrote it, when, and what the next shift must know. */
public record IncidentHandover(String by, Instant at, String text) {
}
