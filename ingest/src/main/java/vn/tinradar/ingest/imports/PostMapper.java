package vn.tinradar.ingest.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.identity.CanonicalUrls;
import vn.tinradar.ingest.imports.PostColumns.Field;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.PostText;

/**
 * Turns one import line into the {@link Article} that carries the post, or says in one phrase why it cannot:
 * a post needs its permalink, its text and its time; counts must be whole numbers.
 *
 * <p>A post has no headline, so its first line stands for one (cut at a word near {@value #TITLE_CHARS}
 * characters); the rest is its text, so no word is counted twice.
 */
final class PostMapper {

    static final int TITLE_CHARS = PostText.TITLE_CHARS;
    static final int MAX_TEXT_CHARS = 100_000;

    private final String defaultPlatform;
    private final Clock clock;
    private final Duration futureTolerance;

    PostMapper(String defaultPlatform, Clock clock, Duration futureTolerance) {
        this.defaultPlatform = defaultPlatform;
        this.clock = clock;
        this.futureTolerance = futureTolerance;
    }

    /** The post of {@code row}, or the reason it is refused. */
    Mapped map(Map<String, String> row) {
        Map<Field, String> f = PostColumns.fieldsOf(row);
        String rawUrl = f.get(Field.URL);
        if (rawUrl == null) {
            return Mapped.refused("no-url", "no post URL (column url, post_url, permalink or URL)");
        }
        String url = CanonicalUrls.canonical(rawUrl).orElse(null);
        if (url == null) {
            return Mapped.refused("bad-url", "not an http(s) address: '" + clip(rawUrl, 80) + "'");
        }
        String message = PostText.plainLines(f.get(Field.TEXT));
        String title = CleanText.plain(f.get(Field.TITLE));
        if (message == null && title == null) {
            return Mapped.refused("no-text", "no text (column text, message, post_message or content)");
        }
        if ((message == null ? 0 : message.length()) + (title == null ? 0 : title.length()) > MAX_TEXT_CHARS) {
            return Mapped.refused("too-long", "text longer than " + MAX_TEXT_CHARS + " characters");
        }
        String when = f.get(Field.PUBLISHED);
        if (when == null) {
            return Mapped.refused("no-date", "no time (column published, post_created or timestamp_post)");
        }
        OffsetDateTime published;
        try {
            published = PostDates.parse(when);
        } catch (IllegalArgumentException e) {
            return Mapped.refused("bad-date", e.getMessage());
        }
        Instant now = clock.instant();
        if (published.toInstant().isAfter(now.plus(futureTolerance))) {
            return Mapped.refused("future-date", "time " + when + " is in the future");
        }
        Long likes;
        Long comments;
        Long shares;
        Long views;
        try {
            likes = count(f, Field.LIKES);
            comments = count(f, Field.COMMENTS);
            shares = count(f, Field.SHARES);
            views = count(f, Field.VIEWS);
        } catch (IllegalArgumentException e) {
            return Mapped.refused("bad-count", e.getMessage());
        }
        String platform = platform(f.get(Field.PLATFORM), url);
        String account = f.getOrDefault(Field.ACCOUNT, host(url));
        String accountName = f.get(Field.ACCOUNT_NAME);
        String parent = f.get(Field.PARENT_URL) == null ? null
                : CanonicalUrls.canonical(f.get(Field.PARENT_URL)).orElse(null);
        String kind = kind(f.get(Field.KIND), parent);
        if (kind == null) {
            return Mapped.refused("bad-kind", "kind must be post, comment or share but was '" + f.get(Field.KIND)
                    + "'");
        }
        String[] headAndRest = title != null ? new String[] {title, message} : PostText.split(message);
        String text = headAndRest[1];
        Engagement engagement = likes == null && comments == null && shares == null && views == null ? null
                : new Engagement(likes, comments, shares, views);
        SocialPost post = new SocialPost(platform, account, accountName, f.get(Field.POST_ID), kind, parent);
        String sourceName = (accountName != null ? accountName : account) + " (" + platform + ")";
        return Mapped.ok(new Article(Article.VERSION, CanonicalUrls.articleId(url), url, post.sourceId(), sourceName,
                SourceTier.FORUM_SOCIAL, headAndRest[0], null, text, null, null, null, "vi", published, null,
                "import", now, ArticleIds.contentHash(headAndRest[0], text), engagement, false, post));
    }

    private String platform(String given, String url) {
        if (given != null) {
            return given.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        }
        String host = host(url);
        for (String known : new String[] {"facebook", "youtube", "tiktok", "telegram", "zalo"}) {
            if (host.contains(known) || host.equals("youtu.be") && known.equals("youtube")
                    || host.equals("t.me") && known.equals("telegram") || host.equals("fb.com") && known.equals(
                    "facebook")) {
                return known;
            }
        }
        return defaultPlatform;
    }

    private static String kind(String given, String parent) {
        if (given == null) {
            return parent == null ? SocialPost.POST : SocialPost.COMMENT;
        }
        String k = given.toLowerCase(Locale.ROOT).strip();
        return k.equals(SocialPost.POST) || k.equals(SocialPost.COMMENT) || k.equals(SocialPost.SHARE) ? k : null;
    }

    private static Long count(Map<Field, String> f, Field field) {
        String v = f.get(field);
        if (v == null) {
            return null;
        }
        String digits = v.replace(",", "").replace(".", "").replace(" ", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new IllegalArgumentException(field.name().toLowerCase(Locale.ROOT) + " must be a whole number "
                    + "but was '" + clip(v, 40) + "'");
        }
        return Long.parseLong(digits);
    }

    private static String host(String url) {
        String h = java.net.URI.create(url).getHost();
        return h == null ? "unknown" : h.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile)\\.", "");
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** What one line became: the article, or a short reason code and a sentence. */
    record Mapped(Article article, String reason, String detail) {

        static Mapped ok(Article article) {
            return new Mapped(article, null, null);
        }

        static Mapped refused(String reason, String detail) {
            return new Mapped(null, reason, detail);
        }
    }
}
