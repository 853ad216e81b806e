package vn.tinradar.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a publication can be trusted by default, from the provincial paper down to an anonymous page. */
public enum SourceTier {
    PROVINCIAL_PRESS("provincial-press", "Báo chí tỉnh", 1),
    NATIONAL_PRESS("national-press", "Báo chí trung ương", 1),
    GOVERNMENT_PORTAL("government-portal", "Cổng thông tin chính quyền", 1),
    LICENSED_EMAGAZINE("licensed-emagazine", "Tạp chí điện tử, trang tổng hợp có phép", 2),
    UNLICENSED_SITE("unlicensed-site", "Trang tin không phép", 3),
    FORUM_SOCIAL("forum-social", "Diễn đàn, mạng xã hội", 3);

    private final String id;
    private final String vietnameseName;
    private final int rank;

    SourceTier(String id, String vietnameseName, int rank) {
        this.id = id;
        this.vietnameseName = vietnameseName;
        this.rank = rank;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Provincial and national press and government portals: publications under editorial responsibility. */
    public boolean isOfficial() {
        return rank == 1;
    }

    /** Unlicensed sites and social pages: where fabricated stories usually start and spread. */
    public boolean isLowTier() {
        return rank >= 3;
    }

    @JsonCreator
    public static SourceTier fromId(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (SourceTier tier : values()) {
            if (tier.id.equals(wanted)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown source tier '" + value + "', expected one of "
                + Arrays.stream(values()).map(SourceTier::id).collect(Collectors.joining(", ")));
    }
}
