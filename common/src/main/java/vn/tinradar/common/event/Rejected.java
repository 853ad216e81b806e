package vn.tinradar.common.event;

import java.time.Instant;

/** A dead letter: something ingest or analyze could not use, with the reason, for {@code ingest.rejected}. */
public record Rejected(int v, String sourceId, String url, String stage, String reason, String detail,
                       long sizeBytes, Instant at) {

    public static final int VERSION = 1;

    public static Rejected of(String sourceId, String url, String stage, String reason, String detail,
                              long sizeBytes) {
        return new Rejected(VERSION, sourceId, url, stage, reason, detail, sizeBytes, Instant.now());
    }
}
