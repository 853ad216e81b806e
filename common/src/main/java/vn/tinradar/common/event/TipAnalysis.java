package vn.tinradar.common.event;

import java.util.List;

/**
 * What TinRadar made of a tip's text when it was submitted: its headline and lead, the places and topics found, the
 * tone, the suspicion with every signal behind it, and the reviewed claims and existing stories it resembles.
 *
 * @param tone {@link Sentiment#POSITIVE}, {@link Sentiment#NEUTRAL} or {@link Sentiment#NEGATIVE}
 * @param suspicion in [0,1]; {@code reasons} are the signals that made it
 * @param claims the reviewed claims, most similar first
 * @param stories the stories of the last days, most relevant first
 */
public record TipAnalysis(String title, String lead, List<String> places, List<String> topics, String tone,
                          double suspicion, List<Signal> reasons, List<TipClaimMatch> claims,
                          List<TipStoryMatch> stories) {

    public TipAnalysis {
        places = places == null ? List.of() : List.copyOf(places);
        topics = topics == null ? List.of() : List.copyOf(topics);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        claims = claims == null ? List.of() : List.copyOf(claims);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }
}
