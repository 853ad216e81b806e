package vn.tinradar.ingest.text;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import vn.tinradar.common.text.VietnameseText;

/** Feed and page strings made plain: entities (even double-escaped ones) decoded, tags removed, NFC, spaces folded. */
public final class CleanText {

    private CleanText() {
    }

    public static String plain(String value) {
        if (value == null) {
            return null;
        }
        String s = value;
        // "&amp;#225;" in a CDATA title is escaped twice by the CMS: decode until it stops changing
        for (int i = 0; i < 3 && s.indexOf('&') >= 0; i++) {
            String next = Parser.unescapeEntities(s, false);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        if (s.indexOf('<') >= 0 && s.indexOf('>') > 0) {
            s = Jsoup.parseBodyFragment(s).text();
        }
        s = VietnameseText.nfc(s).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        return s.isEmpty() ? null : s;
    }
}
