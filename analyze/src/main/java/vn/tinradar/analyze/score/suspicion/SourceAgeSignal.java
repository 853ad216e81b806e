package vn.tinradar.analyze.score.suspicion;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * Signal {@value #NAME}: a domain seen for the first time only days ago weighs more, the usual trait of a site set
 * up to seed one story. For a social post the source is the page, channel or group, and the signal is {@value
 * #ACCOUNT_NAME}: an account first seen recently, judged on what the topology saw, never on a profile. The licensed press and government portals are exempt (their licence is the trust), and so
 * is a domain first seen within a day of the start of monitoring: TinRadar cannot tell how old it is.
 */
final class SourceAgeSignal {

    static final String NAME = "young-domain";
    static final String ACCOUNT_NAME = "new-account";
    static final Duration SETTLING = Duration.ofDays(1);
    static final Duration YOUNG = Duration.ofDays(7);
    static final Duration RECENT = Duration.ofDays(30);
    static final double YOUNG_WEIGHT = 1.2;
    static final double RECENT_WEIGHT = 0.6;

    private SourceAgeSignal() {
    }

    static Optional<Signal> of(Article a, SourceHistory history) {
        if (history == null || history.firstSeen() == null || TrustedTiers.trusted(a.tier())) {
            return Optional.empty();
        }
        if (history.monitoredSince() != null
                && history.firstSeen().isBefore(history.monitoredSince().plus(SETTLING))) {
            return Optional.empty();
        }
        Instant at = articleTime(a);
        Duration age = Duration.between(history.firstSeen(), at);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        double weight;
        if (age.compareTo(YOUNG) < 0) {
            weight = YOUNG_WEIGHT;
        } else if (age.compareTo(RECENT) < 0) {
            weight = RECENT_WEIGHT;
        } else {
            return Optional.empty();
        }
        String since = history.monitoredSince() == null ? ""
                : "; TinRadar theo dõi từ " + VnTime.date(history.monitoredSince());
        String source = a.sourceName() != null && !a.sourceName().isBlank() ? a.sourceName() : a.sourceId();
        if (a.post() != null) {
            return Optional.of(new Signal(ACCOUNT_NAME, weight, "tài khoản " + a.post().platform() + " "
                    + a.post().account() + " (trang, kênh hoặc nhóm) lần đầu thấy ngày " + VnTime.date(history.firstSeen())
                    + ", " + span(age) + " trước bài này (" + history.articles() + " lần thấy" + since + ")"));
        }
        return Optional.of(new Signal(NAME, weight, "nguồn " + source + " (" + history.domain() + ") lần đầu xuất hiện ngày "
                + VnTime.date(history.firstSeen()) + ", " + span(age) + " trước bài này (" + history.articles()
                + " bài đã thấy" + since + ")"));
    }

    private static Instant articleTime(Article a) {
        if (a.published() != null) {
            return a.published().toInstant();
        }
        return a.fetchedAt() != null ? a.fetchedAt() : Instant.EPOCH;
    }

    private static String span(Duration age) {
        long days = age.toDays();
        if (days >= 1) {
            return days + " ngày";
        }
        long hours = age.toHours();
        return hours >= 1 ? hours + " giờ" : "chưa đầy 1 giờ";
    }
}
