package vn.tinradar.ingest.crawl;

/** The article sink could not store a record (broker down, timeout); the item stays unseen and is retried. */
public final class SinkException extends RuntimeException {

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
