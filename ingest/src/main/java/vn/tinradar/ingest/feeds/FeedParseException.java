package vn.tinradar.ingest.feeds;

/** A feed document that cannot be read at all, even after repair; the message says why. */
public final class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }
}
