package vn.tinradar.analyze.training;

import vn.tinradar.analyze.score.model.LabeledText;

/**
 * Text normalisations the n-gram models were compared under, applied to a line before the models read it, so
 * that the product's {@code Vocabulary} stays as it is until one wins on dev: {@code as-is} (lower-case
 * syllables, numbers as one word, punctuation dropped), {@code punctuation-words} (commas, brackets, quotes,
 * dashes, slashes and percent signs become words of their own), {@code digits-kept} (every number its
 * own word, written in letters so the tokenizer does not fold it into the number word) and {@code case-kept}
 * (a word written with a capital gets an "x" appended, a final no Vietnamese syllable has, so "Hà" and "hà"
 * stay two words after lower-casing).
 */
final class TextVariant {

    private TextVariant() {
    }

    static LabeledText apply(String variant, LabeledText t) {
        return switch (variant) {
            case "as-is" -> t;
            case "punctuation-words", "digits-kept", "case-kept" -> new LabeledText(t.id(), rewrite(variant, t.title()),
                    rewrite(variant, t.text()), t.extras(), t.label());
            default -> throw new IllegalArgumentException("text variant must be as-is, punctuation-words,"
                    + " digits-kept or case-kept but was '" + variant + "'");
        };
    }

    private static String rewrite(String variant, String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (variant.equals("digits-kept") && c >= '0' && c <= '9') {
                if (i == 0 || !Character.isDigit(s.charAt(i - 1))) {
                    b.append('q');
                }
                b.append((char) ('a' + (c - '0')));
            } else if (variant.equals("punctuation-words") && ",()[]\"“”'‘’-–—/%".indexOf(c) >= 0) {
                b.append(" dấu").append(punctuationName(c)).append(' ');
            } else if (variant.equals("case-kept") && endsCapitalisedWord(s, i)) {
                b.append(c).append('x');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s[i]} ends a run of letters that begins with a capital. */
    private static boolean endsCapitalisedWord(String s, int i) {
        if (!Character.isLetter(s.charAt(i)) || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
            return false;
        }
        int start = i;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return Character.isUpperCase(s.charAt(start));
    }

    private static String punctuationName(char c) {
        return switch (c) {
            case ',' -> "phẩy";
            case '(', ')', '[', ']' -> "ngoặc";
            case '-', '–', '—' -> "gạch";
            case '/' -> "chéo";
            case '%' -> "phầntrăm";
            default -> "nháy";
        };
    }
}
