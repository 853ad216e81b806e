package vn.tinradar.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a review concluded about a claim, in the terms the Department publishes (ClaimReview's rating). */
public enum Verdict {
    FAKE("fake", "Tin giả", true),
    FALSE("false", "Tin sai sự thật", true),
    VERIFIED("verified", "Tin xác thực", false);

    private final String id;
    private final String vietnameseName;
    private final boolean debunked;

    Verdict(String id, String vietnameseName, boolean debunked) {
        this.id = id;
        this.vietnameseName = vietnameseName;
        this.debunked = debunked;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Fake or false: an article repeating the claim is suspicious. A verified claim vouches for it instead. */
    public boolean debunked() {
        return debunked;
    }

    @JsonCreator
    public static Verdict fromId(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Verdict v : values()) {
            if (v.id.equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + value + "', expected one of "
                + Arrays.stream(values()).map(Verdict::id).collect(Collectors.joining(", ")));
    }
}
