package vn.tinradar.analyze.pipeline.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.analyze.score.suspicion.ClaimSignals;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;

/**
 * Whether a whole story is suspect, and why, in Vietnamese for the story card. An article's suspicion reads its own
 * words and source; a story is judged by who carries it:
 * <ul>
 *   <li>members repeat a claim reviewed as false, or an official publication in the story says it is false
 *       ("… là sai sự thật", "bác bỏ tin đồn …"): suspect, whoever else carries it;</li>
 *   <li>otherwise licensed press (provincial, national, licensed e-magazine) or a government portal carries it:
 *       not suspect (score 0), even when an unlicensed site published it first in alarming words;</li>
 *   <li>otherwise only unlicensed sites and forums carry it: as suspect as its most suspect article, more when
 *       social accounts posted it in concert ({@link CoordinatedPosting}, added to the log-odds).</li>
 * </ul>
 */
final class StorySuspicion {

    /** Official headlines already read for refuting words, and whether they hold some. */
    private static final Map<String, Boolean> REFUTING_HEADLINES = new ConcurrentHashMap<>();
    /** Enough for the stories of weeks of a country's press; past it the memory starts again. */
    private static final int HEADLINES_REMEMBERED = 50_000;

    /** The story's verdict: {@code score} in [0, 1], what a "Nghi vấn" badge shows, and the reason for it. */
    record Verdict(double score, String reason) {
    }

    private StorySuspicion() {
    }

    static Verdict of(List<StoryMember> members, CoordinatedPosting coordinatedPosting) {
        List<StoryMember> debunked = members.stream()
                .filter(m -> m.claimSignals() != null && !m.claimSignals().isEmpty()).toList();
        double carriedBy = members.stream().filter(m -> !confirming(m)).mapToDouble(StoryMember::suspicion)
                .max().orElse(0);
        if (!debunked.isEmpty()) {
            String claim = ClaimSignals.claimOf(debunked.get(0).claimSignals().get(0).evidence());
            return new Verdict(Math.max(carriedBy, maxSuspicion(debunked)), debunked.size()
                    + " bài lặp lại " + claim);
        }
        List<StoryMember> refuting = members.stream().filter(StorySuspicion::officialRefutation)
                .sorted(Comparator.comparing(StoryMember::published)).toList();
        boolean rumourCarried = members.stream().anyMatch(m -> !officialRefutation(m) && m.lowTier());
        if (!refuting.isEmpty() && rumourCarried) {
            StoryMember first = refuting.get(0);
            return new Verdict(carriedBy, "Trái với thông tin chính thức: " + first.sourceLabel() + " đăng “"
                    + first.title() + "”");
        }
        List<String> confirming = members.stream().filter(StorySuspicion::confirming)
                .sorted(Comparator.comparing(StoryMember::published)).map(StoryMember::sourceLabel).distinct()
                .toList();
        if (!confirming.isEmpty()) {
            StoryMember earliest = members.stream().min(Comparator.comparing(StoryMember::published)).orElseThrow();
            String firstNote = confirming(earliest) ? "" : "; " + earliest.sourceLabel()
                    + " đăng trước nhưng không vì thế mà coi là nghi vấn";
            // the articles keep their own scores (an alarming forum post stays one); the story as such is confirmed
            return new Verdict(0, "Báo chí có phép hoặc cổng thông tin chính quyền đưa tin (" + names(confirming) + ")"
                    + firstNote);
        }
        long sources = members.stream().map(StoryMember::sourceLabel).distinct().count();
        String reason = "Chỉ có trang tin không phép, diễn đàn hoặc mạng xã hội đưa tin (" + sources
                + " nguồn); chưa có báo chí hay cổng thông tin chính quyền xác nhận";
        Optional<Signal> coordinated = coordinatedPosting.of(members);
        if (coordinated.isEmpty()) {
            return new Verdict(carriedBy, reason);
        }
        // a coordinated push weighs on the story as any signal weighs on an article: added to its log-odds
        return new Verdict(withWeight(carriedBy, coordinated.get().weight()),
                reason + "; " + coordinated.get().evidence());
    }

    private static double withWeight(double p, double weight) {
        double q = Math.max(0.01, Math.min(0.99, p));
        double z = Math.log(q / (1 - q)) + weight;
        return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
    }

    /** Licensed press, licensed e-magazines and government portals: a publication answerable for what it prints. */
    private static boolean confirming(StoryMember m) {
        return m.tier() != null && !m.tier().isLowTier();
    }

    /** An official publication saying what the story reports is false ("… là sai sự thật"). */
    static boolean officialRefutation(StoryMember m) {
        if (m.tier() == null || !m.tier().isOfficial() || m.tier() == SourceTier.LICENSED_EMAGAZINE
                || m.title() == null) {
            return false;
        }
        // a story judges all its members again with each article it gains: folding every headline each time was
        // a tenth of the stream thread's time on real national news (docs/benchmarks.md)
        Boolean known = REFUTING_HEADLINES.get(m.title());
        if (known == null) {
            if (REFUTING_HEADLINES.size() >= HEADLINES_REMEMBERED) {
                REFUTING_HEADLINES.clear();
            }
            known = ClaimSignals.refutes(m.title());
            REFUTING_HEADLINES.put(m.title(), known);
        }
        return known;
    }

    private static double maxSuspicion(List<StoryMember> members) {
        return members.stream().mapToDouble(StoryMember::suspicion).max().orElse(0);
    }

    private static String names(List<String> names) {
        return names.size() <= 4 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 4)) + " và " + (names.size() - 4) + " nguồn khác";
    }
}
