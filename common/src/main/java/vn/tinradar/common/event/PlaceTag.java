package vn.tinradar.common.event;

/**
 * A place of the configured province found in an article.
 *
 * @param id administrative code of today's unit (commune/ward code, or the province code; a former district keeps
 *     its pre-2025 code)
 * @param name today's official name, e.g. "Xã Bảo Yên" (a former district's own name)
 * @param level "province", "former-province" (a province merged into it in 2025, tagged with today's province),
 *     "commune" (communes and wards) or "former-district" (a unit the 2025 reform abolished); files written
 *     before the 34 provinces may also hold "ward"
 * @param matched the words as the article wrote them, which may be a pre-2025 name
 */
public record PlaceTag(String id, String name, String level, String matched) {
}
