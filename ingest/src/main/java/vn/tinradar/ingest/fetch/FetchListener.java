package vn.tinradar.ingest.fetch;

import java.time.Duration;

/**
 * What {@link Fetcher} reports as it works, so the fetch package needs nothing from whoever counts it (the
 * ingest metrics implement this).
 */
public interface FetchListener {

    /** Time and bytes of one HTTP fetch, whatever became of it. */
    void transferred(Duration elapsed, long bodyBytes);

    /** Time one fetch waited for its host's turn. */
    void politenessWait(long millis);
}
