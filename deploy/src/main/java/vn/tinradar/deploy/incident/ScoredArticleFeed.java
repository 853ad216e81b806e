package vn.tinradar.deploy.incident;

import java.time.Instant;
import java.util.List;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Every article analyze scores, in the order it wrote them, paged from where the previous page ended: the collector
 * reads it so that a burst of a story's articles larger than the story's list of recent ones loses none.
 */
public interface ScoredArticleFeed {

    /** The next articles, at most {@code max}; the ones beyond come with the next call. */
    List<ScoredArticle> next(int max);

    /** Goes back to where the last {@link #next} started: its page could not be applied and comes again. */
    void again();

    /** Goes back to articles written from {@code from} on, when it is earlier than anything read so far. */
    void rewindTo(Instant from);

    /** No feed: the collector relies on the stories' lists of recent articles alone. */
    ScoredArticleFeed NONE = new ScoredArticleFeed() {
        @Override
        public List<ScoredArticle> next(int max) {
            return List.of();
        }

        @Override
        public void again() {
        }

        @Override
        public void rewindTo(Instant from) {
        }
    };
}
