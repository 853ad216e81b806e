package vn.tinradar.common.event;

import java.util.List;

/**
 * An existing story a tip resembles: the story, its best matching article, the search score of that article, and
 * why (the word pairs and the places the two share).
 */
public record TipStoryMatch(String storyId, String title, String articleId, String url, double score,
                            List<String> sharedTerms, List<String> sharedPlaces) {

    public TipStoryMatch {
        sharedTerms = sharedTerms == null ? List.of() : List.copyOf(sharedTerms);
        sharedPlaces = sharedPlaces == null ? List.of() : List.copyOf(sharedPlaces);
    }
}
