package vn.tinradar.ingest.source;

/** One URL of a source that lists articles, with how to read it. */
public record Feed(String sourceId, String url, FeedKind kind) {
}
