package vn.tinradar.alerts.policy;

/** Which way a sentence reacts to a draft policy. */
public enum Stance {
    FOR("for", "Đồng tình, ủng hộ"),
    AGAINST("against", "Không đồng tình, góp ý sửa đổi"),
    QUESTION("question", "Băn khoăn, đặt câu hỏi"),
    NEUTRAL("neutral", "Không bày tỏ ý kiến");

    private final String id;
    private final String label;

    Stance(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in JSON and in the labelled sets. */
    public String id() {
        return id;
    }

    /** The heading staff read. */
    public String label() {
        return label;
    }

    /** The stance of this id; an unknown id is refused with the ones known. */
    public static Stance of(String id) {
        for (Stance s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("stance must be for, against, question or neutral but was '" + id + "'");
    }
}
