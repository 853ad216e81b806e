package vn.tinradar.analyze.score.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;

/** The administrative words written before a place name: "xã", "phường", "thị trấn", "huyện", "TP." ... */
public final class AdminPrefix {

    /** Folded, longest first so "thi tran" wins over a shorter prefix. */
    public static final List<String> FOLDED = List.of(
            "thanh pho", "thi tran", "thi xa", "dac khu", "phuong", "huyen", "quan", "tinh", "xa", "tp", "tx", "tt",
            "h", "q", "p");

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

    /** Written-out type words and the abbreviation the press uses for each. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("thanh pho", "TP", "thi xa", "TX",
            "thi tran", "TT", "huyen", "H", "quan", "Q", "phuong", "P");
    /** An abbreviated type word followed by a dot, before a capitalised name: "TP. Lào Cai", "H.Bảo Yên", "Q.1". */
    private static final Pattern DOTTED = Pattern.compile("\\b(TP|Tp|TX|Tx|TT|Tt|H|Q|P)\\.(?=\\s*[\\p{Lu}\\d])");

    /**
     * The alias with its type word abbreviated ("thị xã Nghĩa Lộ" → "TX Nghĩa Lộ"), or empty when it has no
     * written-out type word that the press abbreviates.
     */
    public static Optional<String> abbreviated(String alias) {
        String folded = VietnameseText.fold(alias);
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            if (folded.startsWith(e.getKey() + " ")) {
                return Optional.of(e.getValue() + " " + alias.substring(e.getKey().length() + 1).trim());
            }
        }
        return Optional.empty();
    }

    /** The text with the dot of an abbreviated type word turned into a space: the same length, the same offsets. */
    public static String undotted(String text) {
        return DOTTED.matcher(text).replaceAll("$1 ");
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
