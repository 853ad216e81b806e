package vn.tinradar.deploy.incident;

import java.util.Optional;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;

/** Where the collector reads a story's articles: the stories the "Sự kiện" tab shows, merges followed. */
public interface StoryArticles {

    /** The story, following merges: an absorbed story resolves to the one it joined. */
    Optional<Story> story(String id);

    Optional<ScoredArticle> article(String id);
}
