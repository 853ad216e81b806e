package vn.tinradar.alerts.rules;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;

/**
 * Whether a trend's sample articles are about one thing by what they say: a word pair (two syllables, as Vietnamese
 * writes most words) that at least half of them use in their headline and lead, beyond what put them under the
 * trend's key.
 *
 * <p>Why: the national press tells one issue in differently worded reports (the stuck imports at a border gate:
 * "hàng nghìn lô hàng ùn ứ", "thực phẩm kẹt ở cửa khẩu", "nhập khẩu đình trệ"), which the story clustering keeps
 * apart, while a big city's daily flow under one topic shares only that topic's own words. So the pairs that made an
 * article count under the key do not count here: the place names tagged in it, the evidence of the trend's topic,
 * and pairs holding a function word (của, được, cho biết...). Nor do the names of institutions and offices, nor
 * generic pairs ({@link NotEvidence}): unrelated security news share "Bộ Công an", not an event (issue 11).
 */
final class SharedTerms {

    /** How much of an article's body after its headline counts as its lead when it has no summary of its own. */
    static final int LEAD_CHARS = 400;

    /** Function syllables of press Vietnamese: a pair holding one says nothing about what happened. */
    private static final Set<String> FUNCTION = Set.of(
            "của", "và", "các", "những", "được", "trong", "cho", "với", "là", "có", "đã", "này", "một", "người",
            "không", "đến", "từ", "theo", "tại", "về", "khi", "để", "sau", "trên", "như", "thì", "cũng", "sẽ",
            "vào", "ra", "lại", "nhiều", "hơn", "đó", "đang", "bị", "do", "nên", "vì", "nhưng", "mà", "năm",
            "ngày", "tháng", "giờ", "hai", "ba", "bốn", "mới", "biết", "nói", "phải", "còn", "rất", "đây",
            "việc", "sự", "thế", "nào", "gì", "ông", "bà", "anh", "chị", "em", "họ", "chúng", "tôi", "mình", "ở",
            "qua", "nay", "hiện", "vừa", "sắp", "cùng", "nhất", "thêm", "nhằm", "trước", "giữa", "ngoài", "dưới",
            "tỉnh", "xã", "phường", "huyện");
    /** Names of institutions and offices, and pairs so common in any report that sharing one says nothing. */
    private static final NotEvidence NOT_EVIDENCE = NotEvidence.bundled();

    private SharedTerms() {
    }

    /**
     * The word pair most of {@code samples} share (at least half of them, and two), if any.
     *
     * @param topic the trend's topic, whose evidence words do not count; null for a place trend
     */
    static Optional<String> common(List<ScoredArticle> samples, String topic) {
        if (samples.size() < 2) {
            return Optional.empty();
        }
        Map<String, Integer> articlesUsing = new LinkedHashMap<>();
        Map<String, Integer> titlesUsing = new LinkedHashMap<>();
        for (ScoredArticle s : samples) {
            Set<String> salient = salientPairs(s, topic);
            for (String pair : salient) {
                articlesUsing.merge(pair, 1, Integer::sum);
            }
            for (String pair : pairs(s.article().title())) {
                if (salient.contains(pair)) {
                    titlesUsing.merge(pair, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (samples.size() + 1) / 2);
        // the most used; between equals, the first in alphabetical order, so the same whatever the samples' order.
        // Two headlines must use it too: a lead's common words ("dự án", "công ty") join a city's unrelated reports.
        Comparator<Map.Entry<String, Integer>> mostUsed = Comparator.comparing(Map.Entry::getValue);
        return articlesUsing.entrySet().stream().filter(e -> e.getValue() >= needed)
                .filter(e -> titlesUsing.getOrDefault(e.getKey(), 0) >= 2)
                .max(mostUsed.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** The word pairs of an article's headline and lead that say what it is about, beyond the trend's key. */
    static Set<String> salientPairs(ScoredArticle s, String topic) {
        if (s.article() == null) {
            return Set.of();
        }
        Set<String> keyPairs = new HashSet<>();
        for (PlaceTag p : s.places() == null ? List.<PlaceTag>of() : s.places()) {
            keyPairs.addAll(pairs(p.name()));
            keyPairs.addAll(pairs(p.matched()));
        }
        for (TopicScore t : s.topics() == null ? List.<TopicScore>of() : s.topics()) {
            if (t.label().equals(topic) && t.evidence() != null) {
                t.evidence().forEach(e -> keyPairs.addAll(pairs(e)));
            }
        }
        Set<String> salient = new HashSet<>(pairs(s.article().title() + " . " + lead(s)));
        salient.removeAll(keyPairs);
        return salient;
    }

    private static String lead(ScoredArticle s) {
        String summary = s.article().summary();
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        String text = s.article().text() == null ? "" : s.article().text();
        return text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS);
    }

    /**
     * Adjacent syllable pairs within a clause, lower-cased, neither a function syllable nor a number, nor part of an
     * institution's name, nor generic.
     */
    static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        if (text == null) {
            return pairs;
        }
        // the lists' own normal form: "Sở TN&MT" stays one clause, as the list's "sở tn&mt" does
        for (String clause : NotEvidence.normalise(text).split("[^\\p{L}\\p{N}\\s]+")) {
            String[] w = clause.trim().split("\\s+");
            boolean[] named = NOT_EVIDENCE.inNames(w);
            for (int i = 0; i + 1 < w.length; i++) {
                String pair = w[i] + " " + w[i + 1];
                if (!named[i] && !named[i + 1] && content(w[i]) && content(w[i + 1]) && !NOT_EVIDENCE.generic(pair)) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static boolean content(String syllable) {
        return !syllable.isEmpty() && !FUNCTION.contains(syllable) && !syllable.chars().allMatch(Character::isDigit);
    }
}
