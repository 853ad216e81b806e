package vn.tinradar.analyze.query.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query language staff type, parsed into units: {@code sat lo} (words typed together), {@code "lở đất"}
 * (a phrase), {@code -"tin đồn"} or {@code -quảng} (exclusion), {@code lũ quét OR sạt lở} (alternatives),
 * {@code source:baolaocai tier:unlicensed-site topic:thien-tai place:"Bảo Yên" sentiment:negative} (filters) and
 * {@code from:01/11/2026 to:20/11/2026} (period). Anything else, including an unknown {@code word:}, is text.
 *
 * @param required groups that must each match; a group matches when any of its alternatives does
 * @param excluded units no hit may contain
 * @param filters filter field → values typed in the query (alternatives)
 */
public record StaffQuery(List<List<Unit>> required, List<Unit> excluded, Map<String, List<String>> filters) {

    public static final Set<String> FILTER_FIELDS = Set.of("source", "tier", "topic", "place", "sentiment", "from",
            "to");

    /**
     * Words that go together.
     *
     * @param quoted typed in quotes: one exact phrase; otherwise a run of words typed next to each other
     */
    public record Unit(String text, boolean quoted) {
    }

    public static StaffQuery parse(String q) {
        List<List<Unit>> required = new ArrayList<>();
        List<Unit> excluded = new ArrayList<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        List<String> run = new ArrayList<>();
        boolean orPending = false;
        int i = 0;
        String s = q == null ? "" : q;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
            int start = negated ? i + 1 : i;
            String token;
            boolean quoted = false;
            int end;
            if (s.charAt(start) == '"') {
                int close = s.indexOf('"', start + 1);
                end = close < 0 ? s.length() : close + 1;
                token = s.substring(start + 1, close < 0 ? s.length() : close);
                quoted = true;
            } else {
                end = start;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                token = s.substring(start, end);
                int colon = token.indexOf(':');
                String field = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
                if (!negated && FILTER_FIELDS.contains(field)) {
                    String value = token.substring(colon + 1);
                    if (value.startsWith("\"")) {
                        int close = s.indexOf('"', start + colon + 2);
                        end = close < 0 ? s.length() : close + 1;
                        value = s.substring(start + colon + 2, close < 0 ? s.length() : close);
                    }
                    if (!value.isBlank()) {
                        filters.computeIfAbsent(field, f -> new ArrayList<>()).add(value.strip());
                    }
                    orPending = flush(run, required, orPending);
                    i = end;
                    continue;
                }
            }
            i = end;
            if (token.isBlank()) {
                continue;
            }
            if (!quoted && !negated && token.equals("OR")) {
                flush(run, required, orPending);
                orPending = !required.isEmpty();
                continue;
            }
            if (negated) {
                orPending = flush(run, required, orPending);
                excluded.add(new Unit(token, quoted));
            } else if (quoted) {
                orPending = flush(run, required, orPending);
                add(new Unit(token, true), required, orPending);
                orPending = false;
            } else {
                run.add(token);
            }
        }
        flush(run, required, orPending);
        return new StaffQuery(required, excluded, filters);
    }

    /** Ends a run of words as one unit; returns whether an OR still waits for its right-hand side. */
    private static boolean flush(List<String> run, List<List<Unit>> required, boolean orPending) {
        if (run.isEmpty()) {
            return orPending;
        }
        add(new Unit(String.join(" ", run), false), required, orPending);
        run.clear();
        return false;
    }

    private static void add(Unit unit, List<List<Unit>> required, boolean orPending) {
        if (orPending && !required.isEmpty()) {
            required.get(required.size() - 1).add(unit);
        } else {
            List<Unit> group = new ArrayList<>();
            group.add(unit);
            required.add(group);
        }
    }
}
