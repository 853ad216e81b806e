package vn.tinradar.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes the XML that small Vietnamese CMSs publish well-formed enough to parse: bare {@code &} escaped,
 * HTML-only entities ({@code &nbsp;}, {@code &aacute;}) turned into character references, control
 * characters removed, text before the root dropped, DOCTYPE removed, the prolog's encoding set to what the
 * text now is.
 * CDATA sections are left as they are. Every step is one forward scan (no backtracking pattern runs over the
 * document), so hostile input such as thousands of unclosed {@code <![CDATA[} costs linear time.
 */
public final class XmlRepair {

    private static final Pattern AMPERSAND = Pattern.compile("&(#\\d{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?");
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern PROLOG_ENCODING = Pattern.compile("(<\\?xml[^>]*encoding\\s*=\\s*[\"'])[\\w.:-]+([\"'])");

    private XmlRepair() {
    }

    public static String repair(String xml) {
        String s = INVALID_XML_CHARS.matcher(xml).replaceAll("");
        int root = s.indexOf('<');
        if (root > 0) {
            s = s.substring(root);
        }
        s = withUtf8Prolog(s);
        // RSS 0.91 feeds still carry Netscape's DOCTYPE; the parser refuses DOCTYPEs (they open the door to XXE)
        s = withoutDoctype(s);
        StringBuilder out = new StringBuilder(s.length() + 64);
        int last = 0;
        while (true) {
            int open = s.indexOf("<![CDATA[", last);
            int close = open < 0 ? -1 : s.indexOf("]]>", open + 9);
            if (close < 0) {
                break; // an unclosed section is text: no later one can close either
            }
            out.append(fixEntities(s.substring(last, open)));
            out.append(s, open, close + 3);
            last = close + 3;
        }
        out.append(fixEntities(s.substring(last)));
        return out.toString();
    }

    /** The prolog (only the document's first tag) names UTF-8, the encoding of the repaired text. */
    private static String withUtf8Prolog(String s) {
        if (!s.startsWith("<?xml")) {
            return s;
        }
        int end = s.indexOf('>');
        if (end < 0) {
            return s;
        }
        return PROLOG_ENCODING.matcher(s.substring(0, end + 1)).replaceFirst("$1UTF-8$2") + s.substring(end + 1);
    }

    /** Removes the first DOCTYPE declaration, internal subset included ({@code <!DOCTYPE x [ ... ]>}). */
    private static String withoutDoctype(String s) {
        int start = indexOfIgnoreCase(s, "<!DOCTYPE");
        if (start < 0) {
            return s;
        }
        int i = start + 9;
        while (i < s.length() && s.charAt(i) != '>' && s.charAt(i) != '[') {
            i++;
        }
        if (i >= s.length()) {
            return s;
        }
        if (s.charAt(i) == '[') {
            // the subset ends at the first ']' followed by optional space and '>'
            int j = s.indexOf(']', i);
            while (true) {
                if (j < 0) {
                    return s;
                }
                int k = j + 1;
                while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                if (k < s.length() && s.charAt(k) == '>') {
                    i = k;
                    break;
                }
                j = s.indexOf(']', j + 1);
            }
        }
        return s.substring(0, start) + s.substring(i + 1);
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String fixEntities(String text) {
        Matcher m = AMPERSAND.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = "&amp;"; // a bare '&' as in "Sở Tài nguyên & Môi trường"
            } else if (m.group(2) == null || isXmlEntity(m.group(2))) {
                replacement = m.group();
            } else if (Entities.isNamedEntity(m.group(2))) {
                int cp = Entities.getByName(m.group(2)).codePointAt(0);
                replacement = "&#" + cp + ";";
            } else {
                replacement = "&amp;" + m.group(2) + ";";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isXmlEntity(String name) {
        return name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot") || name.equals("apos");
    }
}
