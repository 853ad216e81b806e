package vn.tinradar.analyze.pipeline.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.analyze.text.VietnameseStopWords;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.text.VietnameseText;

/**
 * What clustering compares: a MinHash signature of the body's word 3-shingles (copies) and the set of
 * syllable pairs of title and lead (same event). Both on folded text, so a copy that lost its diacritics or
 * changed case still matches.
 *
 * @param placePairs the headline pairs that are part of a place name the article mentions ("cam duong", "lao cai"):
 *                   they say where, not what happened (null in members stored before they were kept)
 */
public record TextFeatures(int[] signature, int shingleCount, List<String> headlinePairs, List<String> titlePairs,
                           List<String> placePairs) {

    /** Fewer shingles than this and "near-identical" means little (a one-line post): no copy detection. */
    static final int MIN_SHINGLES = 8;

    /** The features of an article; the pairs of the places found in it weigh less as evidence of one event. */
    public static TextFeatures of(Article a, MinHash minHash, List<PlaceTag> places) {
        // copy sites keep the body and rewrite the headline: compare bodies, the whole text only when too short
        Set<String> shingles = shingles(a.leadAndBody());
        if (shingles.size() < MIN_SHINGLES) {
            shingles = shingles(a.fullText());
        }
        String headline = (a.title() == null ? "" : a.title()) + " \n " + (a.summary() == null ? "" : a.summary());
        List<String> headlinePairs = pairs(headline);
        Set<String> placePairs = new LinkedHashSet<>();
        for (PlaceTag p : places == null ? List.<PlaceTag>of() : places) {
            placePairs.addAll(pairs(p.matched() == null ? "" : p.matched()));
            placePairs.addAll(pairs(p.name() == null ? "" : p.name()));
        }
        placePairs.retainAll(new LinkedHashSet<>(headlinePairs));
        return new TextFeatures(minHash.signature(shingles), shingles.size(), headlinePairs,
                pairs(a.title() == null ? "" : a.title()), List.copyOf(placePairs));
    }

    private static Set<String> shingles(String text) {
        List<String> words = words(text);
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return shingles;
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
}
