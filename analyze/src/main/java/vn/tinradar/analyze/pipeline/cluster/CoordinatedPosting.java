package vn.tinradar.analyze.pipeline.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.event.Signal;

/**
 * Signal {@value #NAME} ("đăng đồng loạt"): the same text posted by at least {@link #MIN_ACCOUNTS} different social
 * pages, channels or groups within {@link #WINDOW}, the shape of a campaign rather than of news travelling. Only
 * social posts count: the licensed press republishing one another's articles is normal syndication in Vietnam, and
 * a story the press carries is judged by {@link StorySuspicion}. "The same text" is the clusterer's near-verbatim
 * copy (one root), so a post with an emoji or a hashtag added still counts. The weight grows with the number of
 * accounts, from 1.0 for three to at most 2.0.
 */
final class CoordinatedPosting {

    static final String NAME = "coordinated-posting";
    static final int MIN_ACCOUNTS = 3;
    /** Minutes, not hours: pages that share a viral post over a day are readers, not a coordinated push. */
    static final Duration WINDOW = Duration.ofMinutes(60);

    private CoordinatedPosting() {
    }

    static Optional<Signal> of(List<StoryMember> members) {
        return SameTextBurst.widest(members.stream().filter(StoryMember::socialPost).toList(), WINDOW)
                .filter(b -> b.sources().size() >= MIN_ACCOUNTS)
                .map(b -> new Signal(NAME, weight(b.sources().size()), "đăng đồng loạt: " + b.sources().size()
                        + " tài khoản (trang, kênh, nhóm) đăng cùng một nội dung trong " + b.minutes() + " phút: "
                        + names(b.sources())));
    }

    static double weight(int accounts) {
        return Math.min(2.0, 1.0 + 0.2 * (accounts - MIN_ACCOUNTS));
    }

    private static String names(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " và " + (names.size() - 5) + " tài khoản khác";
    }
}
