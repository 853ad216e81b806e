package vn.tinradar.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block's HTML where two or more {@code <br>} tags follow each other (only whitespace between), the
 * paragraph break of forum posts and old CMSs. One forward scan: the regular expression it replaces retried
 * every whitespace run from each of its characters, quadratic on a block of blank space.
 */
final class ParagraphBreaks {

    private ParagraphBreaks() {
    }

    static List<String> split(String html) {
        List<String> parts = new ArrayList<>();
        int partStart = 0;
        int i = 0;
        while (true) {
            int br = nextBr(html, i);
            if (br < 0) {
                break;
            }
            // a run: <br>, then any number of (whitespace, <br>)
            int runEnd = brEnd(html, br);
            int count = 1;
            while (true) {
                int j = skipSpaces(html, runEnd);
                int next = brEnd(html, j);
                if (next < 0) {
                    break;
                }
                runEnd = next;
                count++;
            }
            if (count >= 2) {
                parts.add(html.substring(partStart, br));
                partStart = skipSpaces(html, runEnd);
            }
            i = runEnd;
        }
        parts.add(html.substring(partStart));
        return parts;
    }

    /** Index of the next {@code <br} that opens a br tag at or after {@code from}, or -1. */
    private static int nextBr(String html, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (brEnd(html, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** When a {@code <br>}, {@code <br/>} or {@code <br />} starts at {@code at}: the index after it, else -1. */
    private static int brEnd(String html, int at) {
        if (!html.regionMatches(true, at, "<br", 0, 3)) {
            return -1;
        }
        int i = skipSpaces(html, at + 3);
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        return i < html.length() && html.charAt(i) == '>' ? i + 1 : -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
