package vn.tinradar.analyze.score.suspicion;

import vn.tinradar.common.event.Claim;

/**
 * A reviewed claim an article resembles.
 *
 * @param similarity in [0, 1]: the share of the claim's word pairs the article holds, each weighted by how rare
 *     it is among the claims (BM25 of the article against the claim, over the claim's score against itself)
 */
public record ClaimMatch(Claim claim, double similarity) {
}
