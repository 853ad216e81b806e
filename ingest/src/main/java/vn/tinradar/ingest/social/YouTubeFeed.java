package vn.tinradar.ingest.social;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;
import vn.tinradar.ingest.text.PostText;

/**
 * Reads a YouTube channel's or playlist's Atom feed ({@code /feeds/videos.xml?channel_id=…} or
 * {@code ?playlist_id=…}): one post per {@code <entry>}, the watch page never fetched.
 *
 * <p>Counts: {@code media:statistics views} are views, which {@link Engagement} cannot say, so they are left out.
 * {@code media:starRating} is a count of ratings on a 1–5 scale where a like rated 5 and a dislike 1, so the likes
 * among them are {@code count × (average − min) / (max − min)}: all of them while YouTube shows an average of 5.00.
 * No comment or share count is in the feed.
 */
public final class YouTubeFeed {

    public static final String PLATFORM = "youtube";
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

    private YouTubeFeed() {
    }

    /** The videos of {@code xml}; entries without a video id or a readable date are skipped with the reason. */
    public static SocialListing parse(String xml) throws FeedParseException {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element feed = doc.selectFirst("feed");
        if (feed == null) {
            throw new FeedParseException("not a YouTube Atom feed: no <feed> element");
        }
        String feedChannel = childText(feed, "yt:channelId");
        String feedAuthor = feed.children().stream().filter(e -> e.normalName().equals("author")).findFirst()
                .map(a -> childText(a, "name")).orElse(null);
        List<SocialItem> posts = new ArrayList<>();
        List<UnusableItem> skipped = new ArrayList<>();
        for (Element entry : feed.children()) {
            if (!entry.normalName().equals("entry")) {
                continue;
            }
            ParseBudget.check();
            String title = CleanText.plain(childText(entry, "title"));
            String videoId = childText(entry, "yt:videoId");
            if (videoId == null || !VIDEO_ID.matcher(videoId).matches()) {
                skipped.add(new UnusableItem(videoId, title, "no video id (yt:videoId)"));
                continue;
            }
            String url = "https://www.youtube.com/watch?v=" + videoId;
            OffsetDateTime published;
            try {
                String when = childText(entry, "published");
                if (when == null) {
                    skipped.add(new UnusableItem(url, title, "no date (published)"));
                    continue;
                }
                published = OffsetDateTime.parse(when);
            } catch (DateTimeParseException e) {
                skipped.add(new UnusableItem(url, title, "unreadable date (published): " + e.getParsedString()));
                continue;
            }
            String channel = firstNonNull(childText(entry, "yt:channelId"), feedChannel);
            if (channel == null) {
                skipped.add(new UnusableItem(url, title, "no channel id (yt:channelId)"));
                continue;
            }
            Element author = entry.getElementsByTag("author").first();
            String channelName = firstNonNull(author == null ? null : childText(author, "name"), feedAuthor);
            String text = PostText.plainLines(childText(entry, "media:description"));
            if (title == null) {
                if (text == null) {
                    skipped.add(new UnusableItem(url, null, "no title and no description"));
                    continue;
                }
                String[] split = PostText.split(text);
                title = split[0];
                text = split[1];
            }
            Element thumbnail = entry.getElementsByTag("media:thumbnail").first();
            posts.add(new SocialItem(url, title, text, published, thumbnail == null ? null : thumbnail.attr("url"),
                    new SocialPost(PLATFORM, channel, channelName, videoId, SocialPost.POST, null),
                    engagement(entry)));
        }
        return new SocialListing(posts, skipped);
    }

    /** Likes from the star rating and views from {@code media:statistics}; null when neither is usable. */
    static Engagement engagement(Element entry) {
        Engagement likes = likes(entry.getElementsByTag("media:starRating").first());
        Long views = views(entry.getElementsByTag("media:statistics").first());
        if (likes == null && views == null) {
            return null;
        }
        return new Engagement(likes == null ? null : likes.like(), null, null, views);
    }

    /** The {@code views} attribute of {@code media:statistics}; null when absent or not a count. */
    static Long views(Element statistics) {
        if (statistics == null) {
            return null;
        }
        try {
            long views = Long.parseLong(statistics.attr("views").strip());
            return views < 0 ? null : views;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Likes read from a star rating; null when it is absent or its numbers do not make sense. */
    static Engagement likes(Element rating) {
        if (rating == null) {
            return null;
        }
        try {
            long count = Long.parseLong(rating.attr("count").strip());
            double average = Double.parseDouble(rating.attr("average").strip());
            double min = rating.hasAttr("min") ? Double.parseDouble(rating.attr("min")) : 1;
            double max = rating.hasAttr("max") ? Double.parseDouble(rating.attr("max")) : 5;
            if (count < 0 || max <= min || average < min || average > max) {
                return null;
            }
            return new Engagement(Math.round(count * (average - min) / (max - min)), null, null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String childText(Element parent, String tag) {
        for (Element child : parent.children()) {
            if (child.normalName().equalsIgnoreCase(tag)) {
                String text = child.wholeText().strip();
                return text.isEmpty() ? null : text;
            }
        }
        for (Element child : parent.children()) {
            // media:description sits inside media:group
            if (child.normalName().equals("media:group")) {
                return childText(child, tag);
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
