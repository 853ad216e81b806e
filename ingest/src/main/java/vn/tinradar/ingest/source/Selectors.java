package vn.tinradar.ingest.source;

/** Optional CSS selectors that override the generic extractor for one source; null means "use the generic one". */
public record Selectors(String title, String summary, String body, String date, String author, String links) {

    public static final Selectors NONE = new Selectors(null, null, null, null, null, null);
}
