package vn.tinradar.analyze.query.peer;

/**
 * The HTTP paths analyze instances ask each other on, under the web server of each process (requests signed by
 * {@link PeerSignature}). The web server routes them to {@link PeerApi}; nothing else may call them.
 */
public final class PeerPaths {

    public static final String PREFIX = "/api/peer/";
    public static final String STATS = PREFIX + "search/stats";
    public static final String SEARCH = PREFIX + "search";
    public static final String ARTICLE = PREFIX + "articles/";
    public static final String STORIES = PREFIX + "stories";
    public static final String STORY = PREFIX + "stories/";
    public static final String TRENDS = PREFIX + "trends";
    public static final String FORECAST = PREFIX + "forecast";
    public static final String TRENDS_WATCH = PREFIX + "trends/watch";

    private PeerPaths() {
    }
}
