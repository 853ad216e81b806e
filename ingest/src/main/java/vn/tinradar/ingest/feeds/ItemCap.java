package vn.tinradar.ingest.feeds;

/**
 * Cuts an RSS or Atom document after its first N items, closing what was still open, so a feed of 100,000
 * items is never parsed whole when the crawler takes only the newest 200. One forward scan that skips
 * comments and CDATA; a document it cannot follow is left as it is (and its size cap still holds).
 */
final class ItemCap {

    private ItemCap() {
    }

    static String firstItems(String xml, int max) {
        if (max <= 0 || max == Integer.MAX_VALUE) {
            return xml;
        }
        int items = 0;
        int i = 0;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return xml;
            }
            if (xml.startsWith("<!--", lt)) {
                int end = xml.indexOf("-->", lt + 4);
                if (end < 0) {
                    return xml;
                }
                i = end + 3;
                continue;
            }
            if (xml.startsWith("<![CDATA[", lt)) {
                int end = xml.indexOf("]]>", lt + 9);
                if (end < 0) {
                    return xml;
                }
                i = end + 3;
                continue;
            }
            if (xml.startsWith("</item>", lt) || xml.startsWith("</entry>", lt)) {
                items++;
                int after = xml.indexOf('>', lt) + 1;
                if (items == max) {
                    return closed(xml, after);
                }
                i = after;
                continue;
            }
            i = lt + 1;
        }
    }

    /** The document up to {@code cut}, with the channel (RSS 2.0) and the root element closed. */
    private static String closed(String xml, int cut) {
        String root = rootName(xml);
        if (root == null) {
            return xml;
        }
        StringBuilder out = new StringBuilder(cut + 40).append(xml, 0, cut);
        if (xml.lastIndexOf("<channel", cut) > xml.lastIndexOf("</channel>", cut) && root.equals("rss")) {
            out.append("</channel>");
        }
        return out.append("</").append(root).append('>').toString();
    }

    /** The root element's qualified name ({@code rss}, {@code feed}, {@code rdf:RDF}), skipping the prolog. */
    private static String rootName(String xml) {
        int i = 0;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0 || lt + 1 >= xml.length()) {
                return null;
            }
            char next = xml.charAt(lt + 1);
            if (next == '?' || next == '!') {
                int end = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) : xml.indexOf('>', lt);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
                continue;
            }
            int end = lt + 1;
            while (end < xml.length() && !Character.isWhitespace(xml.charAt(end)) && xml.charAt(end) != '>'
                    && xml.charAt(end) != '/') {
                end++;
            }
            return end > lt + 1 ? xml.substring(lt + 1, end) : null;
        }
    }
}
