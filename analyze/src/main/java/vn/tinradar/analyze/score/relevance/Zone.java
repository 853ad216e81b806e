package vn.tinradar.analyze.score.relevance;

/** Where in an article a mention stands, in order of how much it says about the article's subject. */
public enum Zone {
    TITLE, LEAD, BODY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
