package vn.tinradar.common.province;

import java.util.List;

/**
 * One of the 34 provinces and centrally-run cities formed on 1 July 2025.
 *
 * @param code the statistics office's two-digit code of today's unit ("37")
 * @param name the name as staff write it: "Ninh Bình", "Thành phố Hồ Chí Minh"
 * @param officialName with its unit word: "Tỉnh Ninh Bình", "Thành phố Hồ Chí Minh"
 * @param slug ASCII key of its bundled resources: "ninh-binh", "ho-chi-minh"
 * @param formerNames the provinces merged into it in 2025 under another name: "Hà Nam", "Nam Định"
 */
public record Province(String code, String name, String officialName, String slug, List<String> formerNames) {

    public Province {
        formerNames = List.copyOf(formerNames);
    }

    /** True for the five centrally-run cities, which the press calls "thành phố", not "tỉnh". */
    public boolean isCity() {
        return officialName.startsWith("Thành phố");
    }

    /** The name without its unit word: "Hồ Chí Minh", "Ninh Bình". */
    public String shortName() {
        return isCity() ? officialName.substring("Thành phố ".length()) : name;
    }

    /** How a sentence names it: "tỉnh Ninh Bình", "Thành phố Hồ Chí Minh". */
    public String inSentence() {
        return isCity() ? officialName : "tỉnh " + name;
    }
}
