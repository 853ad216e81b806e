package vn.tinradar.analyze.cluster;

import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;

/** What the clusterer emits per article: the article with its story and copy link, and the story as it is now. */
public record Clustered(ScoredArticle article, Story story) {
}
