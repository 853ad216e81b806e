package vn.tinradar.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Alert severity, in the department's own three levels. */
public enum Severity {
    INFO("info", "Thông tin"),
    WARNING("warning", "Cảnh báo"),
    URGENT("urgent", "Khẩn");

    private final String id;
    private final String vietnameseName;

    Severity(String id, String vietnameseName) {
        this.id = id;
        this.vietnameseName = vietnameseName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    @JsonCreator
    public static Severity fromId(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + value + "', expected info, warning or urgent");
    }
}
