package vn.tinradar.common.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim staff have had reviewed, shaped like schema.org's ClaimReview: the value of {@code claims}, keyed by
 * {@code id} (compacted, so the latest version of each claim is kept).
 *
 * @param claimReviewed the claim as it circulates, e.g. "Bệnh viện tỉnh từ chối cấp cứu sản phụ"
 * @param reviewedBy who reached the verdict (the authority or newsroom that checked it)
 * @param reviewDate when the verdict was published
 * @param correctionUrl where the official correction or verification can be read
 * @param addedBy the staff account that entered it; {@code withdrawnBy}/{@code withdrawnAt} are set once it is
 *     withdrawn, after which it no longer matches articles but stays listed
 */
public record Claim(
        int v,
        String id,
        String claimReviewed,
        Verdict verdict,
        String reviewedBy,
        LocalDate reviewDate,
        String correctionUrl,
        String addedBy,
        Instant addedAt,
        String withdrawnBy,
        Instant withdrawnAt) {

    public static final int VERSION = 1;

    public boolean active() {
        return withdrawnAt == null;
    }

    public Claim withdrawn(String by, Instant at) {
        return new Claim(v, id, claimReviewed, verdict, reviewedBy, reviewDate, correctionUrl, addedBy, addedAt, by, at);
    }
}
