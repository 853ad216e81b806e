package vn.tinradar.common.event;

/**
 * A reviewed claim a tip resembles, as the pipeline matches articles against claims.
 *
 * @param verdict the claim's verdict id ({@code fake}, {@code false}, {@code verified})
 * @param similarity in [0,1], the pipeline's claim similarity
 */
public record TipClaimMatch(String claimId, String claim, String verdict, double similarity) {
}
