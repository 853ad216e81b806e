package vn.tinradar.analyze.pipeline.cluster;

import java.util.List;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;

/**
 * What the clusterer emits per article: the article with its story and copy link, the story as it is now, and the
 * ids of stories this article showed to be the same event (absorbed into its story; tombstoned on {@code stories}).
 */
public record Clustered(ScoredArticle article, Story story, List<String> mergedAway) {

    public Clustered {
        mergedAway = mergedAway == null ? List.of() : List.copyOf(mergedAway);
    }
}
