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
 */
public record Token(int start, int end, String folded, String exact, boolean capitalised, boolean sentenceStart) {

    /** True when the text wrote this syllable with diacritics, so an exact comparison is meaningful. */
    public boolean hasDiacritics() {
        return !folded.equals(exact);
    }

    /** True when this syllable, as written, is the given syllable of a phrase. */
    public boolean matches(String phraseFolded, String phraseExact) {
        return folded.equals(phraseFolded) && (!hasDiacritics() || exact.equals(phraseExact));
    }
}
