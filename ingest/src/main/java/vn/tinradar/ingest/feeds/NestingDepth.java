package vn.tinradar.ingest.feeds;

/**
 * How deep a feed's elements nest, counted by one forward scan that skips comments, CDATA, declarations and
 * self-closing tags. ROME turns item content into text recursively, so a feed nested tens of thousands deep
 * overflowed the thread's stack; such a feed is refused before it is parsed. Real feeds nest about 5 deep.
 */
final class NestingDepth {

    /** Deeper than any feed seen in the wild by two orders of magnitude, far below what overflows the stack. */
    static final int LIMIT = 500;

    private NestingDepth() {
    }

    /** True when some element of {@code xml} sits deeper than {@code limit}. */
    static boolean exceeds(String xml, int limit) {
        int depth = 0;
        int i = 0;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0 || lt + 1 >= xml.length()) {
                return false;
            }
            char next = xml.charAt(lt + 1);
            if (xml.startsWith("<!--", lt)) {
                i = skipPast(xml, "-->", lt + 4);
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = skipPast(xml, "]]>", lt + 9);
            } else if (next == '!' || next == '?') {
                i = skipPast(xml, ">", lt + 2);
            } else if (next == '/') {
                depth = Math.max(0, depth - 1);
                i = lt + 2;
            } else {
                int gt = xml.indexOf('>', lt + 1);
                if (gt < 0) {
                    return false;
                }
                if (xml.charAt(gt - 1) != '/' && ++depth > limit) {
                    return true;
                }
                i = gt + 1;
            }
            if (i < 0) {
                return false;
            }
        }
    }

    private static int skipPast(String xml, String end, int from) {
        int at = xml.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}
