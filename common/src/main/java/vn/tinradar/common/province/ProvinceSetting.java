package vn.tinradar.common.province;

import com.fasterxml.jackson.databind.JsonNode;
import vn.tinradar.common.config.ConfigDocument;

/** Reads the {@code province:} key of the settings: one of the 34 names, Lào Cai when the key is absent. */
public final class ProvinceSetting {

    static final String POINTER = "/province";

    private ProvinceSetting() {
    }

    /**
     * The configured province.
     *
     * @throws vn.tinradar.common.config.ConfigException naming the file and line when the value is not one of
     *     the 34 provinces and centrally-run cities, with the close names
     */
    public static Province from(ConfigDocument doc) {
        JsonNode node = doc.at(POINTER);
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return Provinces.defaultProvince();
        }
        doc.check(node.isTextual(), POINTER, "must be a province's name such as \"Ninh Bình\" but was " + node);
        try {
            return Provinces.byName(node.asText());
        } catch (IllegalArgumentException e) {
            throw doc.error(POINTER, e.getMessage());
        }
    }
}
