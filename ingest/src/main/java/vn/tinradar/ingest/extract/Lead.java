package vn.tinradar.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.text.CleanText;

/**
 * Finds an article's lead (sapo): the bold paragraph Vietnamese CMSs print between the headline and the body,
 * usually in its own element outside the body container, and gives its text without the outlet's credit
 * ("(Dân trí) -", "TTO -", "VOV.VN -"). The credit is stripped everywhere the lead is used (summary and
 * body), so the same story copied by two outlets starts with the same words; a place dateline ("HÀ NỘI -")
 * is part of the story and stays.
 */
final class Lead {

    /** Lead containers of the CMSs seen in the press, most specific first. */
    private static final List<String> SELECTORS = List.of("[data-role=sapo]", "[data-slot=sapo]", "h2.detail-sapo",
            ".detail-sapo", ".singular-sapo", ".e-magazine__sapo", ".knc-sapo", ".sapo_detail", ".article__sapo", ".article-sapo",
            ".detail__summary", ".content-detail-sapo", ".sapo", ".chapeau", "p.description",
            ".article__lead", ".lead-detail", "p.lead", "div.lead", "h2.lead");

    /** An outlet's credit in brackets: "(Dân trí) -", "(NLĐO)-", "(Chinhphu.vn) –", "(Baonghean.vn) -". */
    private static final Pattern BRACKET_CREDIT = Pattern.compile("^\\(\\s*[^()]{2,30}?\\s*\\)\\s*[-–—:]\\s*");
    /**
     * An outlet's credit without brackets ("TTO -", "VOV.VN -", "PLO-"). Named outlets only: a capitalised
     * place ("TP.HCM -", "HUẾ -") opens the same way and is part of the story.
     */
    /** A bracketed abbreviation with no dash, as old Thanh Niên pages print it: "(TNO) TAND TP.Đà Nẵng...". */
    private static final Pattern BARE_BRACKET_CREDIT = Pattern.compile("^\\(\\p{Lu}{2,8}\\)\\s+(?=\\p{Lu})");
    private static final Pattern TOKEN_CREDIT = Pattern.compile("^(?:TTO|TPO|PLO|NLĐO|NDO|ĐCSVN|VOV\\.VN|VOV|VTV\\.vn|VTV"
            + "|VTC News|TTXVN|VNA|GD&TĐ|GDTĐ|ANTĐ|ANTV|CAND|QĐND|KTĐT|HNMO|HNM|SGGPO|SGGP|VietNamNet|VNN|ZNEWS"
            + "|GDVN|VnEconomy|DNVN|Dân Việt|VietnamPlus|Vietnam\\+|Infonet|Baoquocte\\.vn)\\s*[-–—:]\\s*");

    /** Text a headline's own box may hold besides the headline: a section name, a date line, share buttons. */
    private static final int TITLE_BOX_EXTRA = 200;

    private Lead() {
    }

    /**
     * The lead element of the page: one of the known containers with real text, else the block printed right after
     * the headline (old CMSs and small papers give it no telling class), or null.
     */
    static Element element(Document doc, Element headline) {
        Element known = known(doc);
        if (known != null) {
            return known;
        }
        Element next = nextToHeadline(headline);
        // a forum post has no lead: its first lines are the post itself
        return next != null || ForumPost.first(doc) != null ? next : firstBlockAfterTitleBox(headline);
    }

    private static Element known(Document doc) {
        for (String selector : SELECTORS) {
            for (Element e : doc.select(selector)) {
                if (e.normalName().equals("meta") || e.closest("a, li, nav, aside, footer") != null
                        || selector.equals("p.description") && !betweenHeadlineAndBody(e)) {
                    continue;
                }
                String t = CleanText.plain(e.text());
                if (t != null && t.length() >= 30) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The first block among the headline's next few siblings that reads like a lead: a sentence or two (40 to 700
     * characters) of plain text, not links, not a date line, and not the body itself (which holds many paragraphs).
     */
    private static Element nextToHeadline(Element headline) {
        if (headline == null) {
            return null;
        }
        Element e = headline.nextElementSibling();
        for (int seen = 0; e != null && seen < 4; e = e.nextElementSibling(), seen++) {
            if (!e.normalName().matches("h[2-4]|p|div")) {
                continue;
            }
            String t = CleanText.plain(e.text());
            if (t == null || t.length() < 40) {
                continue;
            }
            if (t.length() > 700 || e.select("p, h2, h3, li, table").size() > 1 || linkShare(e) > 0.3) {
                return null;
            }
            return e;
        }
        return null;
    }

    /**
     * Where the headline sits in a box of its own (section name, date line, share buttons), the lead is the first
     * block of what follows that box, possibly the first block inside the body's container: a box of its own
     * ({@code div}, {@code h2}) that reads like a lead, where the body is written in paragraphs (genk.vn prints its
     * key points this way). A first paragraph ({@code p}) is body text, so a page without a lead gets none.
     */
    private static Element firstBlockAfterTitleBox(Element headline) {
        Element box = headline == null ? null : headline.parent();
        if (box == null || box.normalName().equals("body")
                || box.text().length() - headline.text().length() > TITLE_BOX_EXTRA) {
            return null;
        }
        Element e = box.nextElementSibling();
        for (int seen = 0; e != null && seen < 3; e = e.nextElementSibling(), seen++) {
            String t = CleanText.plain(e.text());
            if (t == null || t.length() < 40 || VietnameseDates.parse(t).isPresent() && t.length() <= 120) {
                continue;
            }
            return firstLeadBlock(e, 3);
        }
        return null;
    }

    private static Element firstLeadBlock(Element e, int depth) {
        String t = CleanText.plain(e.text());
        boolean container = t.length() > 700 || e.select("p, h2, h3, li, table").size() > 1;
        if (!container && onlyInlineChildren(e)) {
            return e.normalName().matches("h[2-4]|div") && linkShare(e) <= 0.3 ? e : null;
        }
        if (depth == 0) {
            return null;
        }
        for (Element child : e.children()) {
            String ct = CleanText.plain(child.text());
            if (ct != null && ct.length() >= 40) {
                return firstLeadBlock(child, depth - 1);
            }
        }
        return null;
    }

    /** A block of its own: text and inline markup only, not a box of boxes (a thread, a post with its author). */
    private static boolean onlyInlineChildren(Element e) {
        for (Element child : e.children()) {
            if (!child.normalName().matches("a|b|i|u|em|strong|span|font|br|img|sup|sub")) {
                return false;
            }
        }
        return true;
    }

    private static double linkShare(Element e) {
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / Math.max(1, e.text().length());
    }

    /**
     * "description" also names the teaser of every item in news lists, so such a paragraph is the lead only where
     * VnExpress-style pages put it: after the headline in the same box, or just before the body.
     */
    private static boolean betweenHeadlineAndBody(Element e) {
        Element next = e.nextElementSibling();
        if (next != null && (next.normalName().equals("article") || next.hasAttr("itemprop")
                && next.attr("itemprop").equals("articleBody"))) {
            return true;
        }
        for (Element before = e.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (before.normalName().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    /** The lead's text without the outlet's credit, or null when the page has no lead element. */
    static String text(Document doc, Element headline) {
        Element e = element(doc, headline);
        if (e == null) {
            return null;
        }
        Element lead = e.clone();
        // VnExpress prints the place as a styled stamp glued to the first word ("Lào CaiMưa lớn..."); it is a dateline
        for (Element stamp : lead.select(".location-stamp")) {
            if (!stamp.text().matches(".*[-–—]\\s*$")) {
                stamp.appendText(" - ");
            }
        }
        return withoutCredit(CleanText.plain(lead.text()));
    }

    /** Drops a leading outlet credit; any other text is returned as it is. */
    static String withoutCredit(String text) {
        if (text == null) {
            return null;
        }
        String out = BRACKET_CREDIT.matcher(text).replaceFirst("");
        if (out.equals(text)) {
            out = TOKEN_CREDIT.matcher(text).replaceFirst("");
        }
        if (out.equals(text)) {
            out = BARE_BRACKET_CREDIT.matcher(text).replaceFirst("");
        }
        return out.isBlank() ? text : out;
    }
}
