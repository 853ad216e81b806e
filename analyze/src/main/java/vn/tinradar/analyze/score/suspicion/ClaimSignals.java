package vn.tinradar.analyze.score.suspicion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;

/**
 * Signals from reviewed claims an article resembles: {@value #DEBUNKED} (a claim found fake or false; weighs up to
 * {@link #DEBUNKED_WEIGHT} at full similarity) and {@value #VERIFIED} (a claim found true; lowers the score). The
 * press and government portals reporting a correction repeat the claim's words too: their articles that say the
 * claim is false, and the correction page itself, get no debunked-claim signal.
 */
public final class ClaimSignals {

    public static final String DEBUNKED = "debunked-claim";
    public static final String VERIFIED = "verified-claim";
    public static final double DEBUNKED_WEIGHT = 3.0;
    static final double VERIFIED_WEIGHT = 1.5;
    /** Folded wording of a correction: "sai sự thật", "tin giả", "bác bỏ", "cải chính", "không đúng sự thật"... */
    private static final List<String> REFUTATION = List.of("sai su that", "tin gia", "bac bo", "cai chinh",
            "khong dung su that", "thong tin sai lech", "xu phat");
    /** Evidence starts "Giống 82% với …": {@link #claimOf} reads the part that names the claim. */
    private static final String AFTER_SIMILARITY = " với ";

    private ClaimSignals() {
    }

    static List<Signal> of(Article a, List<ClaimMatch> matches) {
        List<Signal> out = new ArrayList<>();
        if (matches == null) {
            return out;
        }
        for (ClaimMatch m : matches) {
            Claim c = m.claim();
            String pct = Math.round(m.similarity() * 100) + "%";
            if (c.verdict().debunked()) {
                if (reportsTheCorrection(a, c)) {
                    continue;
                }
                out.add(new Signal(DEBUNKED, SuspicionScorer.round(DEBUNKED_WEIGHT * m.similarity()),
                        "Giống " + pct + AFTER_SIMILARITY + "tin đã được kết luận là "
                                + c.verdict().vietnameseName().toLowerCase(Locale.ROOT) + ": " + describe(c)));
            } else {
                out.add(new Signal(VERIFIED, SuspicionScorer.round(-VERIFIED_WEIGHT * m.similarity()),
                        "Giống " + pct + AFTER_SIMILARITY + "thông tin đã được xác thực: " + describe(c)));
            }
        }
        return out;
    }

    /** The claim an evidence line of {@link #of} names, without the similarity: the same for every article. */
    public static String claimOf(String evidence) {
        int at = evidence == null ? -1 : evidence.indexOf(AFTER_SIMILARITY);
        return at < 0 ? evidence : evidence.substring(at + AFTER_SIMILARITY.length());
    }

    private static String describe(Claim c) {
        StringBuilder sb = new StringBuilder("“").append(c.claimReviewed()).append("” (");
        sb.append(c.reviewedBy() == null ? "không rõ nơi kết luận" : c.reviewedBy());
        if (c.reviewDate() != null) {
            sb.append(", ").append(VnTime.DATE.format(c.reviewDate()));
        }
        sb.append(')');
        if (c.correctionUrl() != null && !c.correctionUrl().isBlank()) {
            sb.append("; thông tin chính thức: ").append(c.correctionUrl());
        }
        return sb.toString();
    }

    /** Whether a headline says what it reports is false ("… là sai sự thật", "bác bỏ tin đồn …", "cải chính"). */
    public static boolean refutes(String headline) {
        if (headline == null) {
            return false;
        }
        String folded = VietnameseText.fold(headline);
        // "xử phạt" alone is any fine (a polluter, a driver): in a headline it takes the refuting words themselves
        return REFUTATION.stream().filter(w -> !w.equals("xu phat")).anyMatch(folded::contains);
    }

    private static boolean reportsTheCorrection(Article a, Claim c) {
        if (a.url() != null && a.url().equals(c.correctionUrl())) {
            return true;
        }
        if (!TrustedTiers.trusted(a.tier())) {
            return false;
        }
        String text = VietnameseText.fold(a.fullText());
        return REFUTATION.stream().anyMatch(text::contains);
    }
}
