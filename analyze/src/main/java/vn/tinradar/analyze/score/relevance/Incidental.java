package vn.tinradar.analyze.score.relevance;

/** Why a mention of the province does not make it the article's subject; {@code label} is shown to staff. */
public enum Incidental {
    /** "quê Đắk Lắk", "trú tại xã Mê Linh", "chị Tr. (Hà Nội)": where a person lives or comes from. */
    HOME("home"),
    /** "Hà Nội, TP HCM, Hải Phòng và Tây Ninh": one of several provinces named in one sentence. */
    LIST("list"),
    /** "CLB Công an Hà Nội": a sports club named after the province. */
    CLUB("club"),
    /** "Trường Đại học Sân khấu - Điện ảnh Hà Nội" in a biography: an institution's name, outside the headline. */
    INSTITUTION("institution"),
    /** "sáng 2/2 giờ Hà Nội": a time zone. */
    TIME_ZONE("time zone"),
    /** "Ảnh: Tiến Thắng", "Địa chỉ cửa hàng: ... Hà Nội": a photo credit or a shop address. */
    CREDIT("credit or address"),
    /** A weather report's body, where provinces are named by the dozen. */
    WEATHER("weather report");

    private final String label;

    Incidental(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
