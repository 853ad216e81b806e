package vn.tinradar.common.event;

import java.time.OffsetDateTime;

/** Enough of an article to list and link it from a story or an alert. */
public record ArticleRef(String id, String title, String url, String source, SourceTier tier,
                         OffsetDateTime published) {

    public static ArticleRef of(Article a) {
        return new ArticleRef(a.id(), a.title(), a.url(), a.sourceName(), a.tier(), a.published());
    }
}
