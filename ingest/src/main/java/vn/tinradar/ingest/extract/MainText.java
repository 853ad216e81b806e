package vn.tinradar.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.tinradar.ingest.text.CleanText;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Finds an article's body by text density: boilerplate blocks (navigation, related links, ads, comments,
 * share bars) are cut by tag and by class/id words Vietnamese CMSs use ({@code tin-lien-quan},
 * {@code binh-luan}, {@code quang-cao}...), then the element whose paragraphs hold the most non-link text
 * wins, and its paragraphs, minus link-heavy ones, are the body.
 */
final class MainText {

    private static final String DROP_TAGS = "script, style, noscript, iframe, nav, header, footer, aside, button, "
            + "svg, select, input, textarea, figcaption, figure, template, object, video, audio";
    static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(related|relate|lien-?quan|lienquan|tinlienquan|tin-?khac|tinkhac|cung-?chuyen-?muc|"
                    + "xem-?them|xemthem|doc-?them|comments?|binh-?luan|binhluan|share|sharing|social|"
                    + "banner|quang-?cao|quangcao|qc|adv|advert|ads|ad-slot|sidebar|side-bar|menu|breadcrumbs?|"
                    + "tags?|keywords?|tu-?khoa|footer|header|nav|navigation|most-?view|xem-?nhieu|doc-?nhieu|"
                    + "print|rating|author|tac-?gia|tacgia|source|nguon|sapo|lead|chapeau|meta|date|time|"
                    + "caption|image|photo|toolbar|widget|popup|subscribe|newsletter)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "div", "td", "section", "article", "table", "ul", "ol", "main", "tr", "tbody", "dl", "dd", "dt");

    /** Headings that open a box which is not the story: readers' comments, related and most-read lists. */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?iu)^\\s*(bình luận|ý kiến( bạn đọc)?|gửi ý kiến|"
            + "tin liên quan|bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin khác|các tin khác|các tin đã đưa|"
            + "xem thêm|đọc thêm|có thể bạn quan tâm|tin mới( nhất)?|đọc nhiều( nhất)?|xem nhiều( nhất)?|"
            + "comments?|related)\\b.*");
    private static final Pattern BYLINE = Pattern.compile("(\\p{Lu}[\\p{L}.]*\\s?){1,4}");
    private static final int MAX_BYLINE = 60;

    private MainText() {
    }

    /** The body paragraphs of {@code root} (a copy is changed, never the caller's document). */
    static List<String> paragraphs(Element root, boolean rootIsChosen) {
        Element body = root.clone();
        body.select(DROP_TAGS).remove();
        // search boxes and comment forms go, but ASP.NET wraps the whole page in one <form>: that one stays
        double allText = body.text().length();
        for (Element form : body.select("form")) {
            if (form.parent() != null && form.text().length() < allText * 0.5) {
                form.remove();
            }
        }
        double totalText = paragraphTextLength(body);
        Set<Element> aroundHeadline = ancestorsOfHeadline(body);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            ParseBudget.check();
            if (e == body || e.parent() == null) {
                continue;
            }
            String names = e.className() + " " + e.id();
            // a class name can mislead ("content-share"), so it never removes most of the text; a box headed
            // "Ý kiến bạn đọc" is never the story, however long the comments run
            // a box that holds the article's own headline is the article, whatever its name ("print-news")
            if (opensWithSectionLabel(e) || !aroundHeadline.contains(e)
                    && BOILERPLATE.matcher(names).find() && paragraphTextLength(e) < totalText * 0.6) {
                e.remove();
            }
        }
        Element chosen = rootIsChosen ? body : densest(body);
        List<String> out = new ArrayList<>();
        for (Element block : leafBlocks(chosen)) {
            ParseBudget.check();
            if (linkDensity(block) > 0.5) {
                continue;
            }
            // forum posts and old CMSs separate paragraphs with <br><br> inside one block
            for (String part : ParagraphBreaks.split(block.html())) {
                String text = CleanText.plain(Jsoup.parseBodyFragment(part).text());
                if (text != null) {
                    out.add(text);
                }
            }
        }
        // the reporter's name alone on the last line ("Minh Hiếu") is a byline, not part of the story
        // (length first: the nested repetition backtracks cubically on a long run of capitals)
        if (!out.isEmpty() && out.get(out.size() - 1).length() <= MAX_BYLINE
                && BYLINE.matcher(out.get(out.size() - 1)).matches()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Set<Element> ancestorsOfHeadline(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Element headline = root.selectFirst("[" + HeadlineElement.MARK + "]");
        for (Element e = headline; e != null; e = e.parent()) {
            out.add(e);
        }
        return out;
    }

    private static boolean opensWithSectionLabel(Element e) {
        Element first = e.firstElementChild();
        if (first == null || first.text().length() > 40) {
            return false;
        }
        boolean heading = first.normalName().matches("h[2-6]|strong|b")
                || first.className().matches("(?i).*(title|tieu-?de|heading).*");
        return heading && SECTION_LABEL.matcher(first.text()).matches();
    }

    /** The element whose own paragraphs (and, at half weight, grandchildren's) carry the most plain text. */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : leafBlocks(body)) {
            int length = block.text().length();
            if (length < 25 || linkDensity(block) > 0.3) {
                continue;
            }
            Element parent = block.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, (double) length, Double::sum);
            if (parent.parent() != null && parent != body) {
                scores.merge(parent.parent(), length * 0.5, Double::sum);
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /**
     * Block elements that hold no other block: the paragraphs as the reader sees them. One pass from the
     * last element back marks every ancestor of a block, so deep nesting costs linear, not quadratic, time.
     */
    private static List<Element> leafBlocks(Element root) {
        Elements all = root.getAllElements();
        Set<Element> holdsBlock = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e != root && (BLOCKS.contains(e.normalName()) || holdsBlock.contains(e))) {
                holdsBlock.add(e.parent());
            }
        }
        List<Element> leaves = new ArrayList<>();
        for (Element e : all) {
            ParseBudget.check();
            if (BLOCKS.contains(e.normalName()) && !holdsBlock.contains(e)) {
                leaves.add(e);
            }
        }
        return leaves;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 1;
        }
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return (double) linked / total;
    }

    private static double paragraphTextLength(Element e) {
        double sum = 0;
        for (Element p : e.select("p")) {
            sum += p.text().length();
        }
        return sum;
    }
}
