package vn.tinradar.ingest.social;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.source.Source;

/**
 * One post read whole from a channel's listing: nothing more is fetched for it.
 *
 * @param url the post's permalink (a YouTube watch link, {@code https://t.me/<channel>/<n>})
 * @param title the video's title, or the message's first line
 * @param text the description or the rest of the message, line breaks kept; null when there is none
 * @param engagement null when the listing shows no count that {@link Engagement} can hold honestly
 */
public record SocialItem(String url, String title, String text, OffsetDateTime published, String image,
                         SocialPost post, Engagement engagement) {

    /**
     * The article that carries this post, under the same source id as an imported post of the channel
     * ({@code social:<platform>:<account>}) so both meet in analysis; the registry gives the name, tier and
     * whether the channel is the province's own.
     */
    public Article toArticle(Source source, Instant fetchedAt) {
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url,
                post.sourceId(), source.name(),
                source.tier(), title, null, text, null, null, image, "vi", published, null, "feed", fetchedAt,
                ArticleIds.contentHash(title, text), engagement, source.provinceOnly(), post);
    }
}
