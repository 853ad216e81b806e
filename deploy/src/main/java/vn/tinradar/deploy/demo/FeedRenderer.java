package vn.tinradar.deploy.demo;

import static vn.tinradar.deploy.demo.SiteArticle.escape;

import java.time.Instant;
import java.util.List;

/** Writes a demo source's feed the way its CMS would: RSS 2.0, Atom, a Google News sitemap or a plain list page. */
final class FeedRenderer {

    private final DemoSource source;
    private final String base;

    FeedRenderer(DemoSource source, String base) {
        this.source = source;
        this.base = base;
    }

    String contentType() {
        return switch (source.feed()) {
            case "rss" -> "application/rss+xml; charset=" + source.charset();
            case "atom" -> "application/atom+xml; charset=" + source.charset();
            case "sitemap" -> "application/xml; charset=" + source.charset();
            default -> "text/html; charset=" + source.charset();
        };
    }

    /** Newest first; {@code now} stamps the channel when nothing is published yet. */
    String render(List<SiteArticle> visible, Instant now) {
        Instant newest = visible.isEmpty() ? now : visible.get(0).published();
        return switch (source.feed()) {
            case "rss" -> rss(visible, newest);
            case "atom" -> atom(visible, newest);
            case "sitemap" -> sitemap(visible);
            case "list" -> listPage(visible);
            default -> throw new IllegalStateException("unknown feed kind " + source.feed() + " of " + source.id());
        };
    }

    private String rss(List<SiteArticle> items, Instant newest) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"").append(source.charset()).append("\"?>\n")
                .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
                .append("  <title>").append(escape(source.name())).append("</title>\n")
                .append("  <link>").append(base).append("/</link>\n")
                .append("  <description><![CDATA[Tin tức mới nhất - ").append(source.name()).append("]]></description>\n")
                .append("  <language>vi-VN</language>\n")
                .append("  <atom:link href=\"").append(escape(base + source.feedPath()))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n")
                .append("  <lastBuildDate>").append(DemoDates.format(source.feedDate(), newest)).append("</lastBuildDate>\n");
        for (SiteArticle item : items) {
            DemoArticle a = item.article();
            String link = feedLink(item);
            sb.append("  <item>\n")
                    .append("    <title><![CDATA[").append(source.cdataEscapedTitles() ? escape(escape(a.title())) : a.title())
                    .append("]]></title>\n")
                    .append("    <link>").append(escape(link)).append("</link>\n")
                    .append("    <guid isPermaLink=\"false\">").append(source.id()).append('-').append(item.number())
                    .append("</guid>\n")
                    .append("    <description><![CDATA[<a href=\"").append(link).append("\"><img src=\"")
                    .append(base).append('/').append(a.image()).append("\" width=\"180\" /></a></br>")
                    .append(a.lead()).append("]]></description>\n")
                    .append("    <category>").append(escape(a.section())).append("</category>\n");
            if (a.author() != null) {
                sb.append("    <dc:creator>").append(escape(a.author())).append("</dc:creator>\n");
            }
            sb.append("    <pubDate>").append(DemoDates.format(source.feedDate(), item.published())).append("</pubDate>\n")
                    .append("  </item>\n");
        }
        return sb.append("</channel>\n</rss>\n").toString();
    }

    private String atom(List<SiteArticle> items, Instant newest) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"").append(source.charset()).append("\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>").append(escape(source.name())).append("</title>\n")
                .append("  <id>").append(base).append("/</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(base).append("/\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(base + source.feedPath())).append("\"/>\n")
                .append("  <updated>").append(DemoDates.iso(newest)).append("</updated>\n");
        for (SiteArticle item : items) {
            DemoArticle a = item.article();
            sb.append("  <entry>\n")
                    .append("    <title type=\"html\">").append(escape(a.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(feedLink(item)))
                    .append("\"/>\n")
                    .append("    <id>tag:").append(source.host()).append(",2026:").append(item.number()).append("</id>\n")
                    .append("    <published>").append(DemoDates.format(source.feedDate(), item.published()))
                    .append("</published>\n")
                    .append("    <updated>").append(DemoDates.format(source.feedDate(), item.published()))
                    .append("</updated>\n")
                    .append("    <category term=\"").append(escape(a.section())).append("\"/>\n")
                    .append("    <author><name>").append(escape(a.author() == null ? source.name() : a.author()))
                    .append("</name></author>\n")
                    .append("    <summary type=\"html\">").append(escape(a.lead())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    private String sitemap(List<SiteArticle> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"")
                .append(" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
        for (SiteArticle item : items) {
            DemoArticle a = item.article();
            sb.append("  <url>\n    <loc>").append(escape(item.url())).append("</loc>\n")
                    .append("    <news:news>\n      <news:publication>\n        <news:name>")
                    .append(escape(source.name())).append("</news:name>\n")
                    .append("        <news:language>vi</news:language>\n      </news:publication>\n")
                    .append("      <news:publication_date>").append(DemoDates.format(source.feedDate(), item.published()))
                    .append("</news:publication_date>\n")
                    .append("      <news:title>").append(escape(a.title())).append("</news:title>\n")
                    .append("    </news:news>\n")
                    .append("    <image:image><image:loc>").append(base).append('/').append(a.image())
                    .append("</image:loc></image:image>\n  </url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    /** A section page of an unlicensed site that offers no feed at all: the crawler has to read the list and resolve its relative links. */
    private String listPage(List<SiteArticle> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"").append(source.charset()).append("\">\n")
                .append("<title>Tin nóng - ").append(escape(source.name())).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(base).append(source.feedPath()).append("\">\n")
                .append("</head>\n<body class=\"archive category\">\n")
                .append(PageRenderer.blogHeader(source, base))
                .append("<main class=\"site-main\">\n<h1 class=\"page-title\">Chuyên mục: Tin nóng</h1>\n");
        for (SiteArticle item : items) {
            DemoArticle a = item.article();
            sb.append("<article class=\"post-item\">\n")
                    .append("  <a class=\"thumb\" href=\"").append(escape(item.path())).append("\"><img src=\"/").append(a.image()).append("\" alt=\"\"></a>\n")
                    .append("  <h3 class=\"post-title\"><a href=\"").append(escape(item.path())).append("\">")
                    .append(escape(a.title())).append("</a></h3>\n")
                    .append("  <span class=\"post-date\">").append(DemoDates.format(source.feedDate(), item.published()))
                    .append("</span>\n")
                    .append("  <p class=\"post-excerpt\">").append(escape(a.lead())).append("</p>\n")
                    .append("</article>\n");
        }
        return sb.append("<div class=\"ads-banner\">Quảng cáo: Vay tiền nhanh chỉ cần CCCD</div>\n")
                .append("</main>\n</body>\n</html>\n").toString();
    }

    private String feedLink(SiteArticle item) {
        if (!source.trackingLinks()) {
            return item.url();
        }
        return item.url() + (item.url().contains("?") ? "&" : "?") + "utm_source=rss&utm_medium=feed&utm_campaign="
                + source.id();
    }
}
