package vn.tinradar.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.text.CleanText;

/**
 * Text that an inline script writes into an empty element by its id
 * ({@code document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7"}): some CMSs print
 * the article's date line this way, so the element is empty in the HTML a crawler receives.
 */
final class ScriptWrittenText {

    private static final Pattern WRITE = Pattern.compile(
            "getElementById\\(\\s*[\"']([\\w-]{1,60})[\"']\\s*\\)\\s*\\.innerHTML\\s*=\\s*(?:\"([^\"\\\\]{1,200})\"|'([^'\\\\]{1,200})')");
    /** Scripts longer than this are libraries, not a line that fills one element. */
    private static final int MAX_SCRIPT = 2_000;

    private ScriptWrittenText() {
    }

    /** Each element id an inline script writes a string literal into, with that string as plain text. */
    static Map<String, String> byId(Document doc) {
        Map<String, String> written = new LinkedHashMap<>();
        for (Element script : doc.select("script:not([src])")) {
            String code = script.data();
            if (code.length() > MAX_SCRIPT || !code.contains("innerHTML")) {
                continue;
            }
            Matcher m = WRITE.matcher(code);
            while (m.find()) {
                String literal = m.group(2) != null ? m.group(2) : m.group(3);
                String text = CleanText.plain(literal.replaceAll("<[^>]*>", " "));
                if (text != null) {
                    written.putIfAbsent(m.group(1), text);
                }
            }
        }
        return written;
    }
}
