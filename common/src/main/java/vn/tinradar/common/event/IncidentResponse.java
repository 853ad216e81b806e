package vn.tinradar.common.event;

import java.time.Instant;

/**
 * An official response during an incident: which agency answered, through whom, when, on what channel (press
 * conference, portal, fan page...), and what it said or where it can be read.
 */
public record IncidentResponse(String id, String agency, String spokesperson, Instant at, String channel,
                               String text, String link, String addedBy, Instant addedAt) {
}
