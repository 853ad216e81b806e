package vn.tinradar.ingest.recheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.event.DiffSpan;

/**
 * A word-level diff of two texts, read the way Vietnamese is written: each syllable is a word (they are separated
 * by spaces), punctuation stands alone, so "3 người chết" → "5 người chết" marks the "3" and the "5" only.
 *
 * <p>Common opening and closing words are set aside first; the rest is compared by longest common subsequence
 * when both sides together are small enough ({@link #MAX_CELLS}), else shown as taken out and put in whole, so a
 * rewritten long page costs bounded memory and time.
 */
public final class WordDiff {

    /** The largest comparison table built: 4 million int cells (16 MB), a few thousand words a side. */
    static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.,:/-][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    private WordDiff() {
    }

    /** The spans turning {@code before} into {@code after}; empty when both have the same words. */
    public static List<DiffSpan> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if (a.equals(b)) {
            return List.of();
        }
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        Spans out = new Spans();
        out.add(DiffSpan.SAME, a.subList(0, start));
        List<String> midA = a.subList(start, endA);
        List<String> midB = b.subList(start, endB);
        if ((long) (midA.size() + 1) * (midB.size() + 1) > MAX_CELLS) {
            out.add(DiffSpan.DELETED, midA);
            out.add(DiffSpan.INSERTED, midB);
        } else {
            lcs(midA, midB, out);
        }
        out.add(DiffSpan.SAME, a.subList(endA, a.size()));
        return out.list;
    }

    /**
     * The changed spans with at most {@code context} words kept on each side of a change; longer unchanged runs
     * become "…": what staff read in an alert, where a whole page would hide the one changed figure.
     */
    public static List<DiffSpan> around(List<DiffSpan> diff, int context) {
        List<DiffSpan> out = new ArrayList<>();
        for (int i = 0; i < diff.size(); i++) {
            DiffSpan s = diff.get(i);
            if (!s.op().equals(DiffSpan.SAME)) {
                out.add(s);
                continue;
            }
            String[] words = s.text().split(" ");
            boolean first = i == 0;
            boolean last = i == diff.size() - 1;
            int keep = (first ? 0 : context) + (last ? 0 : context);
            if (words.length <= keep) {
                out.add(s);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            if (!first) {
                sb.append(String.join(" ", List.of(words).subList(0, context))).append(' ');
            }
            sb.append('…');
            if (!last) {
                sb.append(' ').append(String.join(" ", List.of(words).subList(words.length - context, words.length)));
            }
            out.add(new DiffSpan(DiffSpan.SAME, sb.toString()));
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void lcs(List<String> a, List<String> b, Spans out) {
        int n = a.size();
        int m = b.size();
        // lengths of the common subsequences of the suffixes, filled from the end so the walk goes forward
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(DiffSpan.SAME, a.get(i));
                i++;
                j++;
            } else if (i < n && (j == m || len[i + 1][j] >= len[i][j + 1])) {
                // taken out before put in, as a reader expects "3 → 5"
                out.add(DiffSpan.DELETED, a.get(i));
                i++;
            } else {
                out.add(DiffSpan.INSERTED, b.get(j));
                j++;
            }
        }
    }

    /** Collects words into spans, joining neighbours of the same kind. */
    private static final class Spans {

        private final List<DiffSpan> list = new ArrayList<>();

        void add(String op, List<String> words) {
            for (String w : words) {
                add(op, w);
            }
        }

        void add(String op, String word) {
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).op().equals(op)) {
                list.set(last, new DiffSpan(op, list.get(last).text() + " " + word));
            } else {
                list.add(new DiffSpan(op, word));
            }
        }
    }
}
