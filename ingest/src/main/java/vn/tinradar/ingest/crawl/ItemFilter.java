package vn.tinradar.ingest.crawl;

/**
 * One rule that keeps or drops a feed item. {@link FeedPoller} applies the rules it is given in their order at
 * the stage each names; the first that does not keep an item decides what becomes of it.
 */
public interface ItemFilter {

    /** The point of an item's path a rule judges, each knowing more than the one before. */
    enum Stage {
        /** Listed in a feed: only the feed entry and what was sent before are known. */
        LISTED,
        /** Its page fetched and read (or not). */
        PAGE_READ,
        /** Assembled into the article that would be sent. */
        ASSEMBLED
    }

    /** Short kebab-case name, as the rule is listed in the declared order. */
    String name();

    Stage stage();

    Verdict judge(ItemCheck check);
}
