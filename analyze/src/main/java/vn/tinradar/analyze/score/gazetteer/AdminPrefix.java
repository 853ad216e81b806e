package vn.tinradar.analyze.score.gazetteer;

import java.util.List;
import vn.tinradar.common.text.VietnameseText;

/** The administrative words written before a place name: "xã", "phường", "thị trấn", "huyện", "TP." ... */
public final class AdminPrefix {

    /** Folded, longest first so "thi tran" wins over a shorter prefix. */
    public static final List<String> FOLDED = List.of(
            "thanh pho", "thi tran", "thi xa", "phuong", "huyen", "tinh", "xa", "tp", "tx");

    private AdminPrefix() {
    }

    public static boolean startsWithPrefix(String alias) {
        String folded = VietnameseText.fold(alias).replace(".", " ").trim();
        for (String p : FOLDED) {
            if (folded.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The official name without its leading type word: "Thị trấn Phố Ràng" → "Phố Ràng". */
    public static String strip(String officialName) {
        String folded = VietnameseText.fold(officialName);
        for (String p : FOLDED) {
            if (folded.startsWith(p + " ")) {
                return officialName.substring(p.length() + 1).trim();
            }
        }
        return officialName;
    }
}
