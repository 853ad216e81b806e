package vn.tinradar.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an alert stands in its lifecycle: firing, then acknowledged by a person, then resolved. */
public enum AlertStatus {
    FIRING("firing", "Đang cảnh báo"),
    ACKNOWLEDGED("acknowledged", "Đã tiếp nhận"),
    RESOLVED("resolved", "Đã xử lý");

    private final String id;
    private final String vietnameseName;

    AlertStatus(String id, String vietnameseName) {
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
    public static AlertStatus fromId(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (AlertStatus s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alert status '" + value + "'");
    }
}
