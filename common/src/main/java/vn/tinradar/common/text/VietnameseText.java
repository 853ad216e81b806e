package vn.tinradar.common.text;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers every stage needs: NFC, and folding diacritics away (đ → d) for matching. */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics: "Sạt lở ở Đồng Tuyển" → "sat lo o dong tuyen". */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ') {
                c = 'd';
            } else if (c == 'Đ') {
                c = 'D';
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
