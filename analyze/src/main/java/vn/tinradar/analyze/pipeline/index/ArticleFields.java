package vn.tinradar.analyze.pipeline.index;

/** Names of the Lucene fields of one scored article, each with the reason for its type. */
public final class ArticleFields {

    /** StringField, stored: the update term of {@link ArticleIndexer#upsert}, so re-indexing replaces, never adds. */
    public static final String ID = "id";
    /** StoredField: the whole ScoredArticle as JSON, so a hit is rebuilt exactly as it was scored, snippet text included. */
    public static final String JSON = "json";
    /** TextField (title, lead, body), folded analysis: matches with or without diacritics, đ = d, NFC = NFD. */
    public static final String TEXT_FOLDED = "text_folded";
    /** TextField (title, lead, body), exact diacritics lower-cased: ranks "sạt lở" above "sắt lò" when the query has marks. */
    public static final String TEXT_EXACT = "text_exact";
    /** TextField (title only), folded: a match in the headline ranks above one deep in the body. */
    public static final String TITLE_FOLDED = "title_folded";
    /** LongPoint: range filter on publication time (from/to). */
    public static final String PUBLISHED = "published";
    /** NumericDocValuesField: sorting by time and the tie-break of relevance sorting. */
    public static final String PUBLISHED_SORT = "published_sort";
    /** StringField, multi-valued (source id and folded name): the source filter accepts either. */
    public static final String SOURCE = "source";
    /** StringField: tier id, exact filter. */
    public static final String TIER = "tier";
    /** StringField, multi-valued: topic labels, exact filter. */
    public static final String TOPIC = "topic";
    /** StringField, multi-valued (place id, folded name with and without "xã"/"phường", folded words as written). */
    public static final String PLACE = "place";
    /** StringField: sentiment label, exact filter. */
    public static final String SENTIMENT = "sentiment";
    /** SortedSetDocValuesField per facet: counted per search without a taxonomy index beside each shard. */
    public static final String FACET_PREFIX = "facet_";
    /** Facets every search returns, in this order; values are what the user sees (source name, place name). */
    public static final String[] FACETS = {"source", "tier", "topic", "place", "sentiment", "day"};

    private ArticleFields() {
    }

    public static String facetField(String facet) {
        return FACET_PREFIX + facet;
    }
}
