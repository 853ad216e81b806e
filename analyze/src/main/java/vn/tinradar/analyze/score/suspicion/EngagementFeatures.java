package vn.tinradar.analyze.score.suspicion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;

/**
 * Which numbers of a post's engagement the learned suspicion model reads beside its words: none, the log-scaled
 * counts, or those with their ratios and when the post was published. A model only weighs the features it was
 * trained with, so scoring may always give the fullest set.
 */
public enum EngagementFeatures {
    /** Words and hand signals only. */
    NONE,
    /** Log-scaled likes, comments and shares, and a flag when a post has no counts. */
    COUNTS,
    /** The counts, shares and comments against likes, a missing share count, and a night or weekend posting. */
    FULL;

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** @throws IllegalArgumentException naming the value and the known ones */
    public static EngagementFeatures parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("engagement features must be one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + " but was '" + value + "'");
        }
    }

    /** The features of {@code a} in this set, named as the model file records them. */
    public Map<String, Double> of(Article a) {
        Map<String, Double> f = new LinkedHashMap<>();
        if (this == NONE) {
            return f;
        }
        Engagement e = a.engagement();
        if (e == null) {
            f.put("no-engagement", 1.0);
        } else {
            double like = Math.log1p(nz(e.like()));
            double comment = Math.log1p(nz(e.comment()));
            double share = Math.log1p(nz(e.share()));
            f.put("like", like);
            f.put("comment", comment);
            f.put("share", share);
            if (this == FULL) {
                // a post shared or argued over more than it is liked travels on outrage more than on approval
                f.put("share-vs-like", share - like);
                f.put("comment-vs-like", comment - like);
                f.put("no-share-count", e.share() == null ? 1.0 : 0.0);
            }
        }
        if (this == FULL && a.published() != null && !"fetched".equals(a.dateSource())) {
            OffsetDateTime local = a.published().withOffsetSameInstant(VIETNAM);
            int hour = local.getHour();
            f.put("posted-at-night", hour >= 22 || hour < 6 ? 1.0 : 0.0);
            f.put("posted-on-weekend", local.getDayOfWeek().getValue() >= 6 ? 1.0 : 0.0);
        }
        return f;
    }

    private static long nz(Long v) {
        return v == null ? 0 : Math.max(0, v);
    }
}
