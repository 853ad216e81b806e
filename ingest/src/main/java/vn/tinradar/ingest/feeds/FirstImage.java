package vn.tinradar.ingest.feeds;

import java.util.Optional;

/**
 * The {@code src} of the first {@code <img>} in an item's description HTML, found by one forward scan: a
 * regular expression with a lazy attribute run re-read the rest of the text from every {@code <img}, which
 * took seconds on a description of unclosed tags.
 */
final class FirstImage {

    private FirstImage() {
    }

    static Optional<String> src(String html) {
        int from = 0;
        while (true) {
            int open = indexOfIgnoreCase(html, "<img", from, html.length());
            if (open < 0) {
                return Optional.empty();
            }
            int afterName = open + 4;
            if (afterName < html.length() && Character.isLetterOrDigit(html.charAt(afterName))) {
                from = afterName; // <imgs>, <image>: another tag
                continue;
            }
            int close = html.indexOf('>', afterName);
            if (close < 0) {
                return Optional.empty(); // no tag after this one can be closed either
            }
            Optional<String> src = srcAttribute(html, afterName, close);
            if (src.isPresent()) {
                return src;
            }
            from = close + 1;
        }
    }

    /** The value of a {@code src} attribute between {@code from} and {@code to}, quoted with ' or ". */
    private static Optional<String> srcAttribute(String html, int from, int to) {
        int at = from;
        while (true) {
            int name = indexOfIgnoreCase(html, "src", at, to);
            if (name < 0) {
                return Optional.empty();
            }
            at = name + 3;
            if (!Character.isWhitespace(html.charAt(name - 1))) {
                continue; // data-src, srcset's neighbours: only a whole attribute name counts
            }
            int i = skipSpaces(html, at, to);
            if (i >= to || html.charAt(i) != '=') {
                continue;
            }
            i = skipSpaces(html, i + 1, to);
            if (i >= to || html.charAt(i) != '"' && html.charAt(i) != '\'') {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < to && html.charAt(end) != '"' && html.charAt(end) != '\'') {
                end++;
            }
            if (end < to && end > start) {
                return Optional.of(html.substring(start, end));
            }
        }
    }

    private static int skipSpaces(String s, int i, int to) {
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** First {@code needle} starting at or after {@code from} and ending by {@code to}, or -1. */
    private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        int last = to - needle.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
