package vn.tinradar.ingest.social;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.PostText;

/**
 * Readers' comments under one article, as posts attached to it: platform {@value #PLATFORM}, account the outlet's
 * host, kind {@code comment}, parent the article. Who wrote a comment is never read.
 */
final class ReaderComments {

    static final String PLATFORM = "web";

    private final String articleUrl;
    private final String outlet;
    private final String outletName;

    /** @param outletName the source's name as the registry gives it */
    ReaderComments(String articleUrl, String outletName) {
        this.articleUrl = articleUrl;
        this.outlet = host(articleUrl);
        this.outletName = outletName;
    }

    /**
     * Adds the comment to {@code posts}, or to {@code skipped} with why when it has no id, text or time.
     *
     * @param url the comment's own address, or null when the outlet gives none (then the article's, with its id)
     * @param likes null when the outlet shows no count
     */
    void add(String id, String url, String text, OffsetDateTime published, Long likes, List<SocialItem> posts,
             List<UnusableItem> skipped) {
        String where = url != null ? url : articleUrl + "#comment-" + id;
        String plain = PostText.plainLines(text);
        if (id == null || id.isBlank()) {
            skipped.add(new UnusableItem(articleUrl, null, "comment without an id"));
        } else if (plain == null) {
            skipped.add(new UnusableItem(where, null, "comment without text"));
        } else if (published == null) {
            skipped.add(new UnusableItem(where, null, "comment without a readable time"));
        } else {
            String[] split = PostText.split(plain);
            posts.add(new SocialItem(where, split[0], split[1], published, null,
                    new SocialPost(PLATFORM, outlet, outletName, id, SocialPost.COMMENT, articleUrl),
                    likes == null || likes < 0 ? null : new Engagement(likes, null, null)));
        }
    }

    private static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "web" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
