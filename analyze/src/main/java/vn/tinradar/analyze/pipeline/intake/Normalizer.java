package vn.tinradar.analyze.pipeline.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.text.VietnameseText;

/**
 * Puts article text in one canonical form before anything compares or hashes it: NFC (about 4% of real
 * Vietnamese pages arrive decomposed), leftover tags and entities removed, invisible characters dropped,
 * runs of spaces folded, paragraphs kept. The content hash is recomputed over the normalised text so two
 * renderings of the same words hash the same.
 */
public final class Normalizer {

    private static final Pattern TAG = Pattern.compile("<(?:script|style)[^>]*>.*?</(?:script|style)>|<[^>]{1,500}>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\f\\x0B]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*(?:\\n\\s*)*");

    /** Longest body kept, in characters: far above any real article, it bounds what one page costs downstream. */
    static final int MAX_TEXT_CHARS = 200_000;

    public Article normalize(Article a) {
        String title = oneLine(clean(a.title()));
        String summary = oneLine(clean(a.summary()));
        String text = clean(a.text());
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        return a.withText(title, summary, text, ArticleIds.contentHash(title, text));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String out = VietnameseText.nfc(s).replace("\r\n", "\n").replace('\r', '\n');
        out = TAG.matcher(out).replaceAll(" ");
        out = decodeEntities(out);
        out = INVISIBLE.matcher(out).replaceAll("");
        out = SPACES.matcher(out).replaceAll(" ");
        out = BLANK_LINES.matcher(out.strip()).replaceAll("\n");
        // entities may have carried decomposed marks: normalise once more
        return VietnameseText.nfc(out);
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replace('\n', ' ');
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(e);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(String numeric) {
        try {
            int cp = numeric.startsWith("#x") || numeric.startsWith("#X")
                    ? Integer.parseInt(numeric.substring(2), 16) : Integer.parseInt(numeric.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
