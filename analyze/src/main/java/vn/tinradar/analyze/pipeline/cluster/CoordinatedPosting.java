package vn.tinradar.analyze.pipeline.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.event.Signal;

/**
 * Signal {@value #NAME} ("đăng đồng loạt"): the same text posted by at least N different social pages, channels or
 * groups within T ({@code coordinated-min-accounts}, {@code coordinated-window-minutes}: 3 within 60 minutes by
 * default), the shape of a campaign rather than of news travelling. Only
 * social posts count: the licensed press republishing one another's articles is normal syndication in Vietnam, and
 * a story the press carries is judged by {@link StorySuspicion}. "The same text" is the clusterer's near-verbatim
 * copy (one root), so a post with an emoji or a hashtag added still counts. The weight grows with the number of
 * accounts, from 1.0 at N to at most 2.0.
 */
final class CoordinatedPosting {

    static final String NAME = "coordinated-posting";

    private final int minAccounts;
    private final Duration window;

    CoordinatedPosting(int minAccounts, Duration window) {
        this.minAccounts = minAccounts;
        this.window = window;
    }

    Optional<Signal> of(List<StoryMember> members) {
        return SameTextBurst.widest(members.stream().filter(StoryMember::socialPost).toList(), window)
                .filter(b -> b.sources().size() >= minAccounts)
                .map(b -> new Signal(NAME, weight(b.sources().size()), "đăng đồng loạt: " + b.sources().size()
                        + " tài khoản (trang, kênh, nhóm) đăng cùng một nội dung trong " + b.minutes() + " phút: "
                        + names(b.sources())));
    }

    private double weight(int accounts) {
        return Math.min(2.0, 1.0 + 0.2 * (accounts - minAccounts));
    }

    private static String names(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " và " + (names.size() - 5) + " tài khoản khác";
    }
}
