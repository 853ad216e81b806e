package vn.tinradar.ingest.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one fetch with what came back.
 *
 * @param finalUrl the URL after redirects
 * @param body decompressed bytes (empty unless OK)
 * @param detail short human-readable reason for a failure, null when OK
 */
public record FetchResult(FetchOutcome outcome, String requestedUrl, String finalUrl, int status,
                          String contentType, byte[] body, String etag, String lastModified,
                          String detail, Instant fetchedAt, Duration elapsed) {

    public boolean ok() {
        return outcome == FetchOutcome.OK;
    }

    static FetchResult failed(FetchOutcome outcome, String url, int status, String detail, Instant start) {
        return new FetchResult(outcome, url, url, status, null, new byte[0], null, null, detail, start,
                Duration.between(start, Instant.now()));
    }
}
