package vn.tinradar.ingest.crawl;

import java.time.Instant;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.fetch.FetchOutcome;

/**
 * What fetching and reading an item's page gave.
 *
 * @param extracted null when the page gave nothing usable
 * @param problem why it gave nothing usable (an outcome tag or a rejection reason), else null
 * @param rejected whether that problem already went to the rejected sink
 * @param html the page's decoded text when it was read, for what else it carries (readers' comments), else null
 */
public record PageRead(ExtractedPage extracted, String problem, FetchOutcome outcome, Instant fetchedAt,
                       boolean rejected, String html) {

    /** A page read whose text is not kept. */
    public PageRead(ExtractedPage extracted, String problem, FetchOutcome outcome, Instant fetchedAt,
                    boolean rejected) {
        this(extracted, problem, outcome, fetchedAt, rejected, null);
    }

    public boolean usable() {
        return extracted != null;
    }
}
