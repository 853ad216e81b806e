package vn.tinradar.ingest.crawl;

/**
 * How one poll of one feed went, with the validators to send next time.
 *
 * @param ok the feed was fetched (or was unchanged) and read
 * @param newItems articles emitted by this poll
 * @param outcome fetch outcome tag or {@code parse-error}
 * @param bodyHash hash of the body that was parsed (null when none was)
 */
public record PollResult(boolean ok, int newItems, String outcome, String detail, String etag, String lastModified,
                         String bodyHash) {

    static PollResult failed(String outcome, String detail) {
        return new PollResult(false, 0, outcome, detail, null, null, null);
    }
}
