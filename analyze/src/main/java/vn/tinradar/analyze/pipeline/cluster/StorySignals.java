package vn.tinradar.analyze.pipeline.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.score.suspicion.ClaimSignals;
import vn.tinradar.common.event.Signal;

/**
 * Story-level suspicion: patterns no single article shows. Evidence is Vietnamese, for staff.
 * <ul>
 *   <li>{@value #LOW_TIER_COPY_SPREAD}: the same text on at least N low-tier sources within T, the usual shape
 *       of a fabricated story being seeded.</li>
 *   <li>{@value #NO_MAINSTREAM_SOURCE}: at least N articles, all from low-tier sources, none from the press or a
 *       government portal.</li>
 *   <li>{@value CoordinatedPosting#NAME}: the same text posted by several social accounts within minutes
 *       ({@link CoordinatedPosting}).</li>
 *   <li>{@code fast-spread}: the fastest-spreading social post of the story, with its page and how its shares grew.</li>
 *   <li>{@value ClaimSignals#DEBUNKED}: articles of the story repeat a claim already found fake or false; one signal
 *       per claim, weighing the best similarity, which the {@code debunked-claim} alert rule reads.</li>
 * </ul>
 */
public final class StorySignals {

    public static final String LOW_TIER_COPY_SPREAD = "low-tier-copy-spread";
    public static final String NO_MAINSTREAM_SOURCE = "no-mainstream-source";

    private final int minSources;
    private final Duration window;
    private final CoordinatedPosting coordinated;

    public StorySignals(int minSources, Duration window, int coordinatedMinAccounts, Duration coordinatedWindow) {
        this.minSources = minSources;
        this.window = window;
        this.coordinated = new CoordinatedPosting(coordinatedMinAccounts, coordinatedWindow);
    }

    /** The story signals with the settings of {@code analyze}. */
    public static StorySignals from(AnalyzeConfig config) {
        return new StorySignals(config.lowTierSpreadMinSources(), config.lowTierSpreadWindow(),
                config.coordinatedMinAccounts(), config.coordinatedWindow());
    }

    /** The coordinated-posting rule these signals apply, which the story's own suspicion also weighs. */
    CoordinatedPosting coordinated() {
        return coordinated;
    }

    public List<Signal> of(List<StoryMember> members) {
        List<Signal> signals = new ArrayList<>();
        lowTierCopySpread(members).ifPresent(signals::add);
        coordinated.of(members).ifPresent(signals::add);
        fastestSpread(members).ifPresent(signals::add);
        signals.addAll(debunkedClaims(members));
        if (members.size() >= minSources && members.stream().allMatch(StoryMember::lowTier)) {
            signals.add(new Signal(NO_MAINSTREAM_SOURCE, 0.3, members.size()
                    + " bài, tất cả từ trang không phép hoặc mạng xã hội; chưa có báo chí hay cổng thông tin chính"
                    + " quyền đưa tin"));
        }
        return signals;
    }

    /** The fastest-spreading post's signal, naming the post's page: how the story travels on social networks. */
    private static java.util.Optional<Signal> fastestSpread(List<StoryMember> members) {
        return members.stream().filter(m -> m.fastSpread() != null)
                .max(java.util.Comparator.comparingDouble(m -> m.fastSpread().weight()))
                .map(m -> new Signal(m.fastSpread().name(), m.fastSpread().weight(),
                        m.sourceLabel() + ": " + m.fastSpread().evidence()));
    }

    /** One signal per debunked claim the members repeat: the best similarity, and how many articles repeat it. */
    private static List<Signal> debunkedClaims(List<StoryMember> members) {
        Map<String, Signal> best = new java.util.LinkedHashMap<>();
        Map<String, Integer> articles = new java.util.HashMap<>();
        for (StoryMember m : members) {
            for (Signal g : m.claimSignals() == null ? List.<Signal>of() : m.claimSignals()) {
                String claim = ClaimSignals.claimOf(g.evidence());
                articles.merge(claim, 1, Integer::sum);
                best.merge(claim, g, (a, b) -> b.weight() > a.weight() ? b : a);
            }
        }
        List<Signal> out = new ArrayList<>();
        best.forEach((claim, g) -> out.add(new Signal(ClaimSignals.DEBUNKED,
                Math.round(g.weight() / ClaimSignals.DEBUNKED_WEIGHT * 1000) / 1000.0,
                articles.get(claim) + " bài lặp lại " + claim + " (giống nhất: "
                        + Math.round(g.weight() / ClaimSignals.DEBUNKED_WEIGHT * 100) + "%)")));
        return out;
    }

    private java.util.Optional<Signal> lowTierCopySpread(List<StoryMember> members) {
        return SameTextBurst.widest(members.stream().filter(StoryMember::lowTier).toList(), window)
                .filter(b -> b.sources().size() >= minSources)
                .map(b -> new Signal(LOW_TIER_COPY_SPREAD, Math.min(1.0, 0.2 * b.sources().size()),
                        "Nội dung gần như giống hệt xuất hiện trên " + b.sources().size() + " trang cấp thấp trong "
                                + span(b.minutes()) + ": " + String.join(", ", b.sources())));
    }

    private static String span(long minutes) {
        return minutes < 60 ? minutes + " phút" : (minutes / 60) + " giờ " + (minutes % 60) + " phút";
    }
}
