package vn.tinradar.common.event;

import java.time.Instant;

/**
 * How an agency answered a request: when, through which channel (press release, press conference, portal...), what it
 * said or where it is published, by which spokesperson, and who recorded it in TinRadar.
 */
public record OfficialResponse(Instant at, String channel, String text, String link, String spokespersonId,
                               String spokespersonName, String recordedBy, Instant recordedAt) {
}
