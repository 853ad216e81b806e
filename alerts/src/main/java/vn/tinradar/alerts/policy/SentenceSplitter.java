package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;

/**
 * Splits press text into sentences: at a full stop, question or exclamation mark (or an ellipsis) followed by a
 * space and a capital letter or an opening quote, so "TP.HCM", "1.000 đồng" and "GD-ĐT." inside a sentence do
 * not cut it. Line breaks always end a sentence (a lead, a caption and a paragraph are separate).
 */
public final class SentenceSplitter {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})|\\s*[\\r\\n]+\\s*");
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
        for (String s : BOUNDARY.split(VietnameseText.nfc(text))) {
            String t = s.strip();
            if (!t.isEmpty() && t.length() <= MAX_CHARS) {
                out.add(t);
            }
        }
        return out;
    }
}
