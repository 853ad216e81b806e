package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;

/**
 * Splits press text into sentences: at a full stop, question or exclamation mark (or an ellipsis) followed by a
 * space and a capital letter or an opening quote, so "TP.HCM", "1.000 đồng" and "GD-ĐT." inside a sentence do
 * not cut it. A full stop after a title or an address abbreviation ("TS. Nguyễn Văn Hùng", "Q. Hoàn Kiếm") does not
 * end a sentence either. Line breaks always end a sentence (a lead, a caption and a paragraph are separate).
 */
public final class SentenceSplitter {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");
    /**
     * Abbreviations the Vietnamese press writes with a full stop before a capitalised name: academic and
     * professional titles (tiến sĩ, thạc sĩ, phó giáo sư, giáo sư, bác sĩ, kỹ sư, luật sư, nghiên cứu sinh, nghệ sĩ)
     * and address parts (thành phố, thị xã, quận, phường). Compared case-sensitively. "H." (huyện) and "X." (xã) are
     * left out: in a week of real national news they ended sentences more often than not ("mạng xã hội X.",
     * "thế kỷ X.", "xe ông H.").
     */
    static final Set<String> ABBREVIATIONS = Set.of("TS", "ThS", "Th.S", "PGS", "GS", "BS", "KS", "LS", "NCS",
            "NSND", "NSƯT", "TP", "Tp", "TX", "Q", "P");
    /** Longer runs are usually a table or a list pasted as one line, not a sentence anyone wrote. */
    static final int MAX_CHARS = 600;

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, trimmed, NFC, without empty ones or ones longer than {@value #MAX_CHARS}. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : LINE_BREAK.split(VietnameseText.nfc(text))) {
            StringBuilder sentence = new StringBuilder();
            for (String piece : BOUNDARY.split(line)) {
                if (!sentence.isEmpty()) {
                    sentence.append(' ');
                }
                sentence.append(piece);
                if (!endsWithAbbreviation(piece)) {
                    add(out, sentence.toString());
                    sentence.setLength(0);
                }
            }
            add(out, sentence.toString());
        }
        return out;
    }

    /** Whether {@code piece} ends with an abbreviation's full stop ("PGS.TS." and "Th.S." included). */
    static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) {
            return false;
        }
        String body = piece.substring(0, piece.length() - 1);
        String lastWord = body.substring(body.lastIndexOf(' ') + 1).replaceFirst("^[\"“‘(]+", "");
        if (ABBREVIATIONS.contains(lastWord)) {
            return true;
        }
        // joined titles: "PGS.TS.", "ThS.BS.": every part a title
        return lastWord.contains(".") && Arrays.stream(lastWord.split("\\.", -1)).allMatch(ABBREVIATIONS::contains);
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.strip();
        if (!t.isEmpty() && t.length() <= MAX_CHARS) {
            out.add(t);
        }
    }
}
