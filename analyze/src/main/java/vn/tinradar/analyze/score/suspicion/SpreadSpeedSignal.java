package vn.tinradar.analyze.score.suspicion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.event.Signal;

/**
 * Signal {@value #NAME}: a social post whose shares and comments grow fast. With two or more observations the rate
 * is the growth between the first and the last; with one, the count over the hours since publication. Shares and
 * comments count, likes do not: they carry a post to new readers. Press articles are left out (their counters are
 * not comparable). The thresholds are set by hand: no labelled data here has counts over time to tune them on.
 */
public final class SpreadSpeedSignal {

    public static final String NAME = "fast-spread";
    /** Shares and comments per hour from which a post spreads fast, and from which very fast. */
    static final double FAST_PER_HOUR = 100;
    static final double VERY_FAST_PER_HOUR = 1000;
    static final double FAST_WEIGHT = 0.8;
    static final double VERY_FAST_WEIGHT = 1.5;
    /** A shorter span than this says nothing about a rate: one burst of early shares is not speed. */
    static final Duration MIN_SPAN = Duration.ofMinutes(15);
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private SpreadSpeedSignal() {
    }

    static Optional<Signal> of(Article a, List<EngagementObservation> observations) {
        if (a.post() == null || observations == null || observations.isEmpty()) {
            return Optional.empty();
        }
        EngagementObservation first = observations.get(0);
        EngagementObservation last = observations.get(observations.size() - 1);
        if (observations.size() >= 2) {
            return growth(first, last);
        }
        return sincePublication(a, last);
    }

    private static Optional<Signal> growth(EngagementObservation first, EngagementObservation last) {
        Duration span = Duration.between(first.at(), last.at());
        if (span.compareTo(MIN_SPAN) < 0) {
            return Optional.empty();
        }
        long added = last.counts().spread() - first.counts().spread();
        double perHour = added / hours(span);
        return weight(perHour).map(w -> new Signal(NAME, w, "lượt chia sẻ và bình luận tăng từ "
                + count(first.counts().spread()) + " lên " + count(last.counts().spread()) + " trong " + span(span)
                + " (" + count(Math.round(perHour)) + "/giờ)" + shares(first.counts(), last.counts())));
    }

    private static Optional<Signal> sincePublication(Article a, EngagementObservation only) {
        if (a.published() == null || "fetched".equals(a.dateSource())) {
            return Optional.empty();
        }
        Instant published = a.published().toInstant();
        Duration span = Duration.between(published, only.at());
        if (span.compareTo(MIN_SPAN) < 0) {
            return Optional.empty();
        }
        long spread = only.counts().spread();
        double perHour = spread / hours(span);
        return weight(perHour).map(w -> new Signal(NAME, w, count(spread) + " lượt chia sẻ và bình luận trong "
                + span(span) + " sau khi đăng (" + count(Math.round(perHour)) + "/giờ)"));
    }

    private static Optional<Double> weight(double perHour) {
        if (perHour >= VERY_FAST_PER_HOUR) {
            return Optional.of(VERY_FAST_WEIGHT);
        }
        return perHour >= FAST_PER_HOUR ? Optional.of(FAST_WEIGHT) : Optional.empty();
    }

    /** "; lượt chia sẻ từ 20 lên 3.000" when shares alone are known at both ends. */
    private static String shares(Engagement first, Engagement last) {
        if (first.share() == null || last.share() == null) {
            return "";
        }
        return "; lượt chia sẻ từ " + count(first.share()) + " lên " + count(last.share());
    }

    private static double hours(Duration span) {
        return span.toMillis() / 3_600_000.0;
    }

    static String count(long n) {
        return String.format(VI, "%,d", n);
    }

    static String span(Duration span) {
        long minutes = span.toMinutes();
        if (minutes < 60) {
            return minutes + " phút";
        }
        long hours = span.toHours();
        if (hours < 48) {
            long rest = minutes % 60;
            return rest == 0 ? hours + " giờ" : hours + " giờ " + rest + " phút";
        }
        return span.toDays() + " ngày";
    }
}
