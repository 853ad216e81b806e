package vn.tinradar.common.event;

import java.time.OffsetDateTime;

/** Enough of an article to list and link it from a story or an alert. */
public record ArticleRef(String id, String title, String url, String source, SourceTier tier,
                         OffsetDateTime published) {

    public static ArticleRef of(Article a) {
        return new ArticleRef(a.id(), a.title(), a.url(), a.sourceName(), a.tier(), a.published());
    }

    /**
     * The address when a page, a feed or an e-mail may link it (http or https), else null: a crawled item's link is
     * the outlet's to choose, and a {@code javascript:} or {@code data:} one must never become a link staff click.
     */
    public String linkableUrl() {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }
}
