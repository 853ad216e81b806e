package vn.tinradar.ingest.fetch;

import java.util.Locale;

/** How one fetch ended; failures expected for single URLs are outcomes, never exceptions. */
public enum FetchOutcome {
    /** 2xx with a body within the size cap and an accepted content type. */
    OK,
    /** 304: the validators we sent still hold, nothing to parse. */
    NOT_MODIFIED,
    /** More redirects than allowed, a redirect loop, or a redirect without a usable Location. */
    REDIRECT,
    /** 404 or 410: the URL is gone. */
    GONE,
    /** robots.txt disallows the URL for our robot name. */
    BLOCKED_BY_ROBOTS,
    /** The host resolves to a special-purpose address (private, loopback, link-local...) it may not reach. */
    BLOCKED_ADDRESS,
    /** Declared or streamed body larger than the cap. */
    TOO_LARGE,
    /** Content type we cannot use (image, video, binary). */
    UNSUPPORTED_TYPE,
    /** 429 (or 503 with Retry-After) still after the retries allowed. */
    THROTTLED,
    /** 5xx after the retries allowed, or another unusable status. */
    HTTP_ERROR,
    /** Connect or read deadline passed. */
    TIMEOUT,
    /** Anything else: DNS, TLS, connection reset, malformed URL. */
    ERROR;

    /** Lower-case tag value for metrics. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isFailure() {
        return this != OK && this != NOT_MODIFIED;
    }
}
