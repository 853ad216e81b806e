package vn.tinradar.deploy.incident;

import java.util.Optional;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;

/** Where the collector reads a story's articles: the stories the "Sự kiện" tab shows, merges followed. */
public interface StoryArticles {

    /** The story, following merges: an absorbed story resolves to the one it joined. */
    Optional<Story> story(String id);

    Optional<ScoredArticle> article(String id);

    /** As the analyze service answers the dashboard, from any instance that holds them. */
    static StoryArticles of(AnalyzeService analyze) {
        return new StoryArticles() {
            @Override
            public Optional<Story> story(String id) {
                return analyze.story(id);
            }

            @Override
            public Optional<ScoredArticle> article(String id) {
                return analyze.article(id);
            }
        };
    }
}
