package vn.tinradar.analyze.score;

import java.util.List;
import vn.tinradar.analyze.score.suspicion.ClaimMatch;
import vn.tinradar.analyze.score.suspicion.SourceHistory;
import vn.tinradar.common.event.EngagementObservation;

/**
 * What the pipeline knows about an article beyond its own text, handed to the scorer as plain data: how long its
 * source's domain has been seen, and which reviewed claims it resembles. The topology keeps the state these come
 * from; the scorer stays a pure function of article and context.
 *
 * @param source the source's first sighting, or null when unknown (batch scoring)
 * @param claims reviewed claims the article resembles, best first; empty when none or not looked up
 * @param observations a social post's engagement at each observation, oldest first, this one included; empty for
 *     press articles and in batch scoring
 */
public record ScoringContext(SourceHistory source, List<ClaimMatch> claims, List<EngagementObservation> observations) {

    /** No history and no claims: what the batch {@code score} command has. */
    public static final ScoringContext NONE = new ScoringContext(null, List.of(), List.of());

    public ScoringContext {
        claims = claims == null ? List.of() : List.copyOf(claims);
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /** A context without engagement observations (press articles). */
    public ScoringContext(SourceHistory source, List<ClaimMatch> claims) {
        this(source, claims, List.of());
    }
}
