package vn.tinradar.analyze.score.text;

/**
 * One syllable of a text with where it sits in the original string.
 *
 * @param start offset of the first char in the original text
 * @param end offset after the last char
 * @param folded lower case without diacritics ("sạt" → "sat"), the key phrases are looked up by
 * @param exact lower case NFC with a canonical tone position ("hoà" and "hòa" agree), checked when the text
 *     carries diacritics
 * @param capitalised the syllable starts with an upper-case letter as written
 * @param sentenceStart the syllable opens a sentence (first of the text or after . ! ? : or a line break)
 * @param joined only spaces separate this syllable from the one before, so both can belong to one word or
 *     name ("Bắc Hà", not "Bắc,\nHà")
 * @param accentedText the text around is written with diacritics, so a syllable written without them means
 *     itself ("kho" is a store, not "khó"); only in text typed without diacritics may "kho" stand for "khó"
 */
public record Token(int start, int end, String folded, String exact, boolean capitalised, boolean sentenceStart,
        boolean joined, boolean accentedText) {

    /** True when the text wrote this syllable with diacritics, so an exact comparison is meaningful. */
    public boolean hasDiacritics() {
        return !folded.equals(exact);
    }
}
