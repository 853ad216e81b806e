package vn.tinradar.alerts.text;

import java.util.List;
import vn.tinradar.common.text.VietnameseText;

/**
 * Whether a text names something (a draft policy, a watch-list entry): keywords are matched as whole words, with
 * or without diacritics and whatever the punctuation, so "Nghị quyết hỗ trợ đất ở" is found in
 * "…nghi quyet ho tro dat o!" but "đất" is not found in "đất ở" when the keyword is "đất ở mới".
 */
public final class Mentions {

    private Mentions() {
    }

    /** Folded words separated by single spaces, punctuation dropped: the form texts are compared in. */
    public static String words(String s) {
        if (s == null) {
            return "";
        }
        return VietnameseText.fold(VietnameseText.nfc(s)).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The keywords that {@code text} names, in the order given. */
    public static List<String> found(String text, List<String> keywords) {
        String padded = " " + words(text) + " ";
        return keywords.stream().filter(k -> {
            String w = words(k);
            return !w.isEmpty() && padded.contains(" " + w + " ");
        }).toList();
    }

    public static boolean any(String text, List<String> keywords) {
        return !found(text, keywords).isEmpty();
    }
}
