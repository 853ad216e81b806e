package vn.tinradar.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.text.CleanText;

/**
 * Finds the element that shows the chosen headline, so the lead, the date line and the body can be looked for
 * next to it rather than in the site's header, which on old CMSs also holds an {@code h1} (the logo) and
 * today's date.
 */
final class HeadlineElement {

    /** Marks the headline in the document, so a copy of it (as {@link MainText} takes) can still find it. */
    static final String MARK = "data-tinradar-headline";

    private HeadlineElement() {
    }

    /** The first h1, then h2/h3, then title-classed element whose text is the headline, or null. */
    static Element find(Document doc, String title) {
        if (title == null) {
            return null;
        }
        for (String query : new String[] {"h1", "h2, h3", "[class~=(?i)title], [id~=(?i)title]"}) {
            for (Element e : doc.select(query)) {
                if (title.equals(CleanText.plain(e.text())) && e.closest("a, nav, footer, title") == null) {
                    return e;
                }
            }
        }
        return null;
    }
}
