package vn.tinradar.common.event;

/**
 * A place of the province found in an article.
 *
 * @param id administrative code of today's unit (commune/ward code, or the province code)
 * @param name today's official name, e.g. "Xã Bảo Yên"
 * @param level "province", "commune", "ward" or "former-district" (a unit the 2025 reform merged away)
 * @param matched the words as the article wrote them, which may be a pre-2025 name
 */
public record PlaceTag(String id, String name, String level, String matched) {
}
