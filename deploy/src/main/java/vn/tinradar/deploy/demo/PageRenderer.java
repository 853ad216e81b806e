package vn.tinradar.deploy.demo;

import static vn.tinradar.deploy.demo.SiteArticle.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.kafka.Json;

/**
 * Writes article pages with the clutter of real Vietnamese news CMSs around the text: menus, breadcrumbs,
 * ads, share bars, related links and comment boxes, so the extractor has something real to strip.
 * Four markups: {@code press} (newspaper CMS, JSON-LD NewsArticle), {@code gov} (portal without JSON-LD),
 * {@code blog} (WordPress-like unlicensed site) and {@code forum} (thread with one opening post).
 */
final class PageRenderer {

    private static final String MENU = "<li><a href=\"%s/\">Trang chủ</a></li><li><a href=\"%s/thoi-su\">Thời sự</a></li>"
            + "<li><a href=\"%s/kinh-te\">Kinh tế</a></li><li><a href=\"%s/xa-hoi\">Xã hội</a></li>"
            + "<li><a href=\"%s/van-hoa\">Văn hóa</a></li><li><a href=\"%s/du-lich\">Du lịch</a></li>";

    private final DemoSource source;
    private final String base;
    /** Prefix of internal links: the portal's and the forum's CMSs write root-relative links, the others absolute. */
    private final String link;
    private final String[] css;

    PageRenderer(DemoSource source, String base) {
        this.source = source;
        this.base = base;
        this.link = source.layout().equals("gov") || source.layout().equals("forum") ? "" : base;
        // every newspaper CMS names its blocks differently; the generic extractor must cope with all of them
        this.css = switch (source.id()) {
            case "baolaocai" -> new String[] {"article-title", "article-sapo", "article-content", "article-date"};
            case "laocaitv" -> new String[] {"detail-title", "detail-sapo", "detail-content", "detail-time"};
            case "thoisuviet" -> new String[] {"title-detail", "description", "fck_detail", "date"};
            case "nhipsongviet" -> new String[] {"main-title", "sapo", "content-body", "publish-date"};
            default -> new String[] {"post-title", "post-lead", "post-content", "post-time"};
        };
    }

    String render(SiteArticle item, List<SiteArticle> related) {
        return switch (source.layout()) {
            case "press" -> press(item, related);
            case "gov" -> gov(item, related);
            case "blog" -> blog(item, related);
            case "forum" -> forum(item);
            default -> throw new IllegalStateException("unknown layout " + source.layout() + " of " + source.id());
        };
    }

    private String press(SiteArticle item, List<SiteArticle> related) {
        DemoArticle a = item.article();
        StringBuilder sb = head(item, true, "NewsArticle");
        sb.append("<body class=\"detail-page\">\n<header class=\"site-header\"><a class=\"logo\" href=\"").append(base)
                .append("/\">").append(escape(source.name())).append("</a>\n<nav class=\"main-menu\"><ul>")
                .append(MENU.formatted(base, base, base, base, base, base)).append("</ul></nav></header>\n")
                .append("<div class=\"ads ads-top\"><a href=\"").append(base).append("/qc\">Quảng cáo</a></div>\n")
                .append("<ul class=\"breadcrumb\"><li><a href=\"").append(base).append("/\">Trang chủ</a></li><li><a href=\"")
                .append(base).append('/').append(sectionSlug(a.section())).append("\">").append(escape(a.section()))
                .append("</a></li></ul>\n<article class=\"main-article\">\n")
                .append("<h1 class=\"").append(css[0]).append("\">").append(escape(a.title())).append("</h1>\n")
                .append("<div class=\"").append(css[3]).append("\">")
                .append(DemoDates.format(source.pageDate(), item.published())).append("</div>\n")
                .append("<div class=\"social-share\"><a href=\"#\">Chia sẻ Facebook</a> <a href=\"#\">Zalo</a>")
                .append(" <a href=\"#\">Sao chép liên kết</a></div>\n")
                .append("<h2 class=\"").append(css[1]).append("\">").append(escape(a.lead())).append("</h2>\n")
                .append("<div class=\"").append(css[2]).append("\">\n")
                .append("<figure class=\"image\"><img src=\"").append(base).append('/').append(a.image())
                .append("\" alt=\"").append(escape(a.title())).append("\"><figcaption>Ảnh: ")
                .append(escape(a.author() == null ? source.name() : a.author())).append("</figcaption></figure>\n");
        paragraphs(sb, a, "");
        if (a.author() != null) {
            sb.append("<p class=\"author\" style=\"text-align:right\"><strong>").append(escape(a.author()))
                    .append("</strong></p>\n");
        }
        sb.append("</div>\n<div class=\"tags\">Từ khóa: <a href=\"").append(base).append("/tag/lao-cai\">Lào Cai</a></div>\n")
                .append("</article>\n");
        relatedBox(sb, related, "Tin liên quan", false);
        return sb.append("<section class=\"comments\"><h3>Ý kiến bạn đọc</h3><form><textarea name=\"comment\"")
                .append(" placeholder=\"Nhập ý kiến của bạn\"></textarea><button>Gửi bình luận</button></form></section>\n")
                .append(footer()).toString();
    }

    private String gov(SiteArticle item, List<SiteArticle> related) {
        DemoArticle a = item.article();
        StringBuilder sb = head(item, false, null);
        sb.append("<body>\n<form method=\"post\" action=\"./tin-tuc.aspx\" id=\"aspnetForm\">\n")
                .append("<div id=\"s4-workspace\"><table class=\"top-menu\"><tr><td><a href=\"").append(link)
                .append("/\">Trang chủ</a></td><td><a href=\"").append(link).append("/Pages/gioi-thieu.aspx\">Giới thiệu</a>")
                .append("</td><td><a href=\"").append(link).append("/Pages/van-ban.aspx\">Văn bản chỉ đạo điều hành</a></td>")
                .append("<td><a href=\"").append(link).append("/Pages/dich-vu-cong.aspx\">Dịch vụ công</a></td></tr></table>\n")
                .append("<div class=\"breadcrumb-gov\">Trang chủ &gt; ").append(escape(a.section())).append("</div>\n")
                .append("<div class=\"news-detail\">\n<h1 class=\"title-news\">").append(escape(a.title())).append("</h1>\n")
                .append("<span class=\"date-news\">Ngày đăng: ").append(DemoDates.format(source.pageDate(), item.published()))
                .append("</span> | <span class=\"view-count\">Lượt xem: 1</span>\n")
                .append("<div class=\"summary-news\"><b>").append(escape(a.lead())).append("</b></div>\n")
                .append("<div id=\"ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField\" class=\"ms-rtestate-field\">\n");
        paragraphs(sb, a, " style=\"text-align:justify\"");
        sb.append("</div>\n<div class=\"author-news\" style=\"text-align:right\">")
                .append(escape(a.author() == null ? "" : a.author())).append("</div>\n")
                .append("<div class=\"print-mail\"><a href=\"javascript:window.print()\">In bài viết</a> | ")
                .append("<a href=\"#\">Gửi email</a></div>\n</div>\n");
        relatedBox(sb, related, "Các tin khác", true);
        return sb.append("</div>\n</form>\n").append(footer()).toString();
    }

    private String blog(SiteArticle item, List<SiteArticle> related) {
        DemoArticle a = item.article();
        StringBuilder sb = head(item, true, "Article");
        sb.append("<body class=\"post-template-default single single-post\">\n").append(blogHeader(source, base))
                .append("<div class=\"ads-banner\">Quảng cáo: Xem bóng đá trực tiếp miễn phí, tải ngay!</div>\n")
                .append("<main id=\"main\" class=\"site-main\"><article class=\"post type-post\">\n")
                .append("<header class=\"entry-header\"><h1 class=\"entry-title\">").append(escape(a.title())).append("</h1>\n")
                .append("<div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"")
                .append(DemoDates.iso(item.published())).append("\">").append(DemoDates.format(source.pageDate(), item.published()))
                .append("</time></span> <span class=\"byline\">").append(a.author() == null ? "Admin" : escape(a.author()))
                .append("</span></div></header>\n<div class=\"entry-content\">\n<p><strong>")
                .append(escape(a.lead())).append("</strong></p>\n");
        for (int i = 0; i < a.paragraphs().size(); i++) {
            sb.append("<p>").append(escape(a.paragraphs().get(i))).append("</p>\n");
            if (i == 0) {
                sb.append("<div class=\"ads-inline\"><a href=\"").append(base)
                        .append("/qc\">Thuốc gia truyền chữa dứt điểm xương khớp - Gọi ngay</a></div>\n");
            }
        }
        sb.append("</div>\n").append(engagement(a))
                .append("<div class=\"share-buttons\"><a href=\"#\">Chia sẻ ngay lên Facebook</a> <a href=\"#\">Zalo</a></div>\n")
                .append("</article>\n");
        relatedBox(sb, related, "Bài viết liên quan", false);
        return sb.append("<div id=\"comments\" class=\"comments-area\"><h3 class=\"comment-reply-title\">Để lại bình luận</h3>")
                .append("<form id=\"commentform\"><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Gửi\">")
                .append("</form></div>\n</main>\n").append(footer()).toString();
    }

    private String forum(SiteArticle item) {
        DemoArticle a = item.article();
        StringBuilder sb = head(item, true, "DiscussionForumPosting");
        sb.append("<body data-template=\"thread_view\">\n<div class=\"p-nav\"><a href=\"").append(link)
                .append("/\">Diễn đàn</a> <a href=\"").append(link).append("/whats-new/\">Có gì mới</a> <a href=\"").append(link)
                .append("/login/\">Đăng nhập</a></div>\n<ul class=\"p-breadcrumbs\"><li><a href=\"").append(link)
                .append("/\">Diễn đàn</a></li><li><a href=\"").append(link).append("/forums/").append(sectionSlug(a.section()))
                .append("/\">").append(escape(a.section())).append("</a></li></ul>\n")
                .append("<div class=\"p-title\"><h1 class=\"p-title-value\">").append(escape(a.title())).append("</h1></div>\n")
                .append("<article class=\"message message--post\" data-author=\"").append(escape(a.author())).append("\">\n")
                .append("<div class=\"message-user\"><a class=\"username\" href=\"").append(link).append("/members/")
                .append(escape(a.author())).append("/\">").append(escape(a.author())).append("</a></div>\n")
                .append("<div class=\"message-attribution\"><time class=\"u-dt\" datetime=\"").append(DemoDates.iso(item.published()))
                .append("\">").append(DemoDates.format(source.pageDate(), item.published())).append("</time></div>\n")
                .append("<div class=\"message-content\"><div class=\"bbWrapper\">").append(escape(a.lead()));
        for (String p : a.paragraphs()) {
            sb.append("<br />\n<br />\n").append(escape(p));
        }
        sb.append("</div></div>\n").append(engagement(a)).append("</article>\n")
                .append("<div class=\"block-outer\">Bạn phải đăng nhập để trả lời chủ đề này.</div>\n");
        return sb.append(footer()).toString();
    }

    private StringBuilder head(SiteArticle item, boolean openGraph, String schemaType) {
        DemoArticle a = item.article();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n");
        if (!source.charsetInHeaderOnly()) {
            sb.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").append(source.charset()).append("\">\n");
        }
        sb.append("<title>").append(escape(a.title())).append(" - ").append(escape(source.name())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(escape(a.lead())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(item.url())).append("\">\n");
        if (openGraph) {
            sb.append("<meta property=\"og:type\" content=\"article\">\n")
                    .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n")
                    .append("<meta property=\"og:description\" content=\"").append(escape(a.lead())).append("\">\n")
                    .append("<meta property=\"og:url\" content=\"").append(escape(item.url())).append("\">\n")
                    .append("<meta property=\"og:image\" content=\"").append(base).append('/').append(a.image()).append("\">\n")
                    .append("<meta property=\"og:site_name\" content=\"").append(escape(source.name())).append("\">\n")
                    .append("<meta property=\"article:section\" content=\"").append(escape(a.section())).append("\">\n");
            if (!source.jsonLd()) {
                sb.append("<meta property=\"article:published_time\" content=\"").append(DemoDates.iso(item.published()))
                        .append("\">\n");
            }
        }
        if (schemaType != null && source.jsonLd()) {
            sb.append("<script type=\"application/ld+json\">").append(jsonLd(item, schemaType)).append("</script>\n");
        }
        return sb.append("<link rel=\"stylesheet\" href=\"").append(base).append("/static/style.css\">\n</head>\n");
    }

    private String jsonLd(SiteArticle item, String schemaType) {
        DemoArticle a = item.article();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", schemaType);
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", item.url()));
        ld.put("headline", a.title());
        ld.put("description", a.lead());
        ld.put("image", List.of(base + "/" + a.image()));
        ld.put("datePublished", DemoDates.iso(item.published()));
        ld.put("dateModified", DemoDates.iso(item.published()));
        ld.put("articleSection", a.section());
        ld.put("inLanguage", "vi");
        if (a.author() != null) {
            ld.put("author", Map.of("@type", "Person", "name", a.author()));
        }
        ld.put("publisher", Map.of("@type", "Organization", "name", source.name()));
        try {
            return Json.mapper().writeValueAsString(ld).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraphs(StringBuilder sb, DemoArticle a, String style) {
        for (String p : a.paragraphs()) {
            sb.append("<p").append(style).append('>').append(escape(p)).append("</p>\n");
        }
    }

    private static String engagement(DemoArticle a) {
        if (a.likes() == null) {
            return "";
        }
        return "<div class=\"reactions\"><span class=\"like-count\">" + a.likes() + " lượt thích</span> · "
                + "<span class=\"comment-count\">" + a.comments() + " bình luận</span> · "
                + "<span class=\"share-count\">" + a.shares() + " lượt chia sẻ</span></div>\n";
    }

    private static void relatedBox(StringBuilder sb, List<SiteArticle> related, String heading, boolean relative) {
        if (related.isEmpty()) {
            return;
        }
        sb.append("<aside class=\"related-news\"><h3>").append(heading).append("</h3><ul>\n");
        for (SiteArticle r : related) {
            sb.append("<li><a href=\"").append(escape(relative ? r.path() : r.url())).append("\">").append(escape(r.article().title()))
                    .append("</a></li>\n");
        }
        sb.append("</ul></aside>\n");
    }

    static String blogHeader(DemoSource source, String base) {
        return "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"" + base + "/\">"
                + escape(source.name()) + "</a></p><nav id=\"site-navigation\"><ul class=\"menu\">"
                + MENU.formatted(base, base, base, base, base, base) + "</ul></nav></header>\n";
    }

    private String footer() {
        return "<footer class=\"site-footer\"><p>© 2026 " + escape(source.name())
                + ". Trang web minh họa của TinRadar, nội dung là hư cấu.</p></footer>\n</body>\n</html>\n";
    }

    static String sectionSlug(String section) {
        return vn.tinradar.common.text.VietnameseText.fold(section).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
