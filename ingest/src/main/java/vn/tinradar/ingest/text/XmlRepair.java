package vn.tinradar.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes the XML that small Vietnamese CMSs publish well-formed enough to parse: bare {@code &} escaped,
 * HTML-only entities ({@code &nbsp;}, {@code &aacute;}) turned into character references, control
 * characters removed, text before the root dropped, DOCTYPE removed, the prolog's encoding set to what the
 * text now is.
 * CDATA sections are left as they are.
 */
public final class XmlRepair {

    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);
    private static final Pattern AMPERSAND = Pattern.compile("&(#\\d{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?");
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[.*?])?\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern PROLOG_ENCODING = Pattern.compile("(<\\?xml[^>]*encoding\\s*=\\s*[\"'])[\\w.:-]+([\"'])");

    private XmlRepair() {
    }

    public static String repair(String xml) {
        String s = INVALID_XML_CHARS.matcher(xml).replaceAll("");
        int root = s.indexOf('<');
        if (root > 0) {
            s = s.substring(root);
        }
        s = PROLOG_ENCODING.matcher(s).replaceFirst("$1UTF-8$2");
        // RSS 0.91 feeds still carry Netscape's DOCTYPE; the parser refuses DOCTYPEs (they open the door to XXE)
        s = DOCTYPE.matcher(s).replaceFirst("");
        StringBuilder out = new StringBuilder(s.length() + 64);
        Matcher cdata = CDATA.matcher(s);
        int last = 0;
        while (cdata.find()) {
            out.append(fixEntities(s.substring(last, cdata.start())));
            out.append(cdata.group());
            last = cdata.end();
        }
        out.append(fixEntities(s.substring(last)));
        return out.toString();
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
