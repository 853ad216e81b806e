package vn.tinradar.analyze.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.analyze.text.VietnameseStopWords;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.text.VietnameseText;

/**
 * What clustering compares: a MinHash signature of the full text's word 3-shingles (copies) and the set of
 * syllable pairs of title and lead (same event). Both on folded text, so a copy that lost its diacritics or
 * changed case still matches.
 */
public record TextFeatures(int[] signature, int shingleCount, List<String> headlinePairs) {

    /** Fewer shingles than this and "near-identical" means little (a one-line post): no copy detection. */
    static final int MIN_SHINGLES = 8;

    public static TextFeatures of(Article a, MinHash minHash) {
        List<String> words = words(a.fullText());
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        String headline = (a.title() == null ? "" : a.title()) + " \n " + (a.summary() == null ? "" : a.summary());
        return new TextFeatures(minHash.signature(shingles), shingles.size(), pairs(headline));
    }

    /** Folded words without the project's stop syllables, so "sạt lở của xã" and "sạt lở xã" share their pairs. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !VietnameseStopWords.folded().contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> pairs(String text) {
        Set<String> pairs = new LinkedHashSet<>();
        // a line break (title | lead) must not glue the last word of the title to the first of the lead
        for (String line : text.split("\n")) {
            List<String> w = words(line);
            for (int i = 0; i + 1 < w.size(); i++) {
                pairs.add(w.get(i) + ' ' + w.get(i + 1));
            }
        }
        return List.copyOf(pairs);
    }

    public boolean copyComparable() {
        return shingleCount >= MIN_SHINGLES;
    }

    /** Shared headline pairs over the smaller set: a short wire headline can still match a long one. */
    public double headlineOverlap(TextFeatures other) {
        if (headlinePairs.isEmpty() || other.headlinePairs.isEmpty()) {
            return 0;
        }
        Set<String> mine = Set.copyOf(headlinePairs);
        long shared = other.headlinePairs.stream().filter(mine::contains).count();
        // two shared pairs ("lào cai", "sạt lở") are what unrelated local news have in common anyway
        if (shared < 3) {
            return 0;
        }
        return (double) shared / Math.min(headlinePairs.size(), other.headlinePairs.size());
    }
}
