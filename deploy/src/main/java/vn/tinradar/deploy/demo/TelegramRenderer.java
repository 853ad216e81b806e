package vn.tinradar.deploy.demo;

import static vn.tinradar.deploy.demo.SiteArticle.escape;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a demo Telegram channel as t.me shows a public one: the web preview {@code /s/<channel>} with its latest
 * messages, each message's embed page ({@code /<channel>/<n>?embed=1}), Telegram's "Post not found" once the channel
 * deleted it, and the channel's page at a message's plain address whatever became of the message.
 */
final class TelegramRenderer {

    /** How long a message takes to reach the views it ends with; before that its counter is still climbing. */
    static final Duration SPREAD = Duration.ofMinutes(10);

    private final DemoSource source;
    private final String channel;
    private final Function<String, String> urlOfKey;

    /** @param urlOfKey the address of a corpus article by its "source/slug", for a forward's link to its original */
    TelegramRenderer(DemoSource source, Function<String, String> urlOfKey) {
        this.source = source;
        this.channel = source.feedPath().substring(source.feedPath().lastIndexOf('/') + 1);
        this.urlOfKey = urlOfKey;
    }

    /** The channel's web preview, oldest message first as t.me lists them. */
    String preview(List<SiteArticle> newestFirst, Instant now) {
        StringBuilder sb = new StringBuilder(head(source.name()))
                .append("<body class=\"widget_frame_base tgme_webpreview\">\n")
                .append("<div class=\"tgme_channel_info\"><div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">")
                .append(escape(source.name())).append("</span></div>\n")
                .append("<div class=\"tgme_channel_info_header_username\"><a href=\"/").append(channel).append("\">@")
                .append(channel).append("</a></div></div>\n<section class=\"tgme_channel_history js-message_history\">\n");
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            sb.append("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\">\n")
                    .append(message(newestFirst.get(i), now)).append("</div>\n");
        }
        return sb.append("</section>\n</body>\n</html>\n").toString();
    }

    /** The embed page of one message still in the channel. */
    String embed(SiteArticle item, Instant now) {
        return head(source.name()) + "<body class=\"widget_frame_base tgme_widget body_widget_post\">\n"
                + message(item, now) + "</body>\n</html>\n";
    }

    /** The embed page of a message the channel deleted. */
    String deleted() {
        return head("Telegram Widget") + "<body class=\"widget_frame_base tgme_widget body_widget_post\">\n"
                + "<div class=\"tgme_widget_message_error\">Post not found</div>\n</body>\n</html>\n";
    }

    /** What a message's plain address shows: the channel, never the message itself. */
    String channelPage() {
        return head(source.name()) + "<body class=\"tgme_page\">\n<div class=\"tgme_page_title\"><span dir=\"auto\">"
                + escape(source.name()) + "</span></div>\n<div class=\"tgme_page_extra\">@" + channel
                + "</div>\n</body>\n</html>\n";
    }

    private String message(SiteArticle item, Instant now) {
        DemoArticle a = item.article();
        StringBuilder sb = new StringBuilder("<div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" ")
                .append("data-post=\"").append(channel).append('/').append(item.number()).append("\">\n")
                .append("<div class=\"tgme_widget_message_bubble\">\n")
                .append("<div class=\"tgme_widget_message_author\"><a class=\"tgme_widget_message_owner_name\" href=\"/")
                .append(channel).append("\"><span dir=\"auto\">").append(escape(source.name())).append("</span></a></div>\n");
        String original = a.copyOf() == null ? null : urlOfKey.apply(a.copyOf());
        if (original != null) {
            sb.append("<div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from ")
                    .append("<a class=\"tgme_widget_message_forwarded_from_name\" href=\"").append(escape(original))
                    .append("\"><span dir=\"auto\">").append(escape(forwardedName(a.copyOf()))).append("</span></a></div>\n");
        }
        sb.append("<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">").append(escape(a.title()));
        sb.append("<br/>").append(escape(a.lead()));
        for (String paragraph : a.paragraphs()) {
            sb.append("<br/><br/>").append(escape(paragraph));
        }
        sb.append("</div>\n<div class=\"tgme_widget_message_footer compact js-message_footer\">\n")
                .append("<div class=\"tgme_widget_message_info short js-message_info\">")
                .append("<span class=\"tgme_widget_message_views\">").append(views(a, item.published(), now))
                .append("</span><span class=\"copyonly\"> views</span>")
                .append("<span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" href=\"")
                .append(escape(item.url())).append("\"><time datetime=\"").append(DemoDates.iso(item.published()))
                .append("\" class=\"time\">").append(DemoDates.format("dmy-hm", item.published()))
                .append("</time></a></span></div>\n</div>\n</div>\n</div>\n");
        return sb.toString();
    }

    /** The channel's own name for a forward from another demo channel: its source id stands for it. */
    private static String forwardedName(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** Views climb for {@link #SPREAD} after publication, as a message that is shared about does. */
    static String views(DemoArticle a, Instant published, Instant now) {
        long total = 25 * ((a.likes() == null ? 0 : a.likes()) + (a.shares() == null ? 0 : a.shares())) + 40;
        double share = Math.min(1.0, Math.max(0.0,
                (double) Duration.between(published, now).toSeconds() / SPREAD.toSeconds()));
        long views = Math.max(1, Math.round(total * share));
        return views < 1000 ? Long.toString(views) : String.format(Locale.ROOT, "%.1fK", views / 1000.0);
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n</head>\n";
    }
}
