package vn.tinradar.deploy.tip;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.tinradar.analyze.query.search.SearchRequest;
import vn.tinradar.analyze.query.search.SearchResult;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.TipStoryMatch;
import vn.tinradar.common.text.VietnameseText;

/**
 * The existing stories a tip resembles, found through the staff search: the tip's distinctive word pairs (title
 * first, then lead) as alternatives, over the last {@link #WINDOW}, best hit per story. A story counts when its
 * best article shares at least {@link #MIN_SHARED_TERMS} of those pairs; each match says which pairs and places.
 */
final class TipStories {

    static final Duration WINDOW = Duration.ofDays(30);
    static final int MAX_STORIES = 5;
    static final int MAX_PAIRS = 14;
    /** One shared pair is what unrelated local news share ("Lào Cai", "người dân"); two is a shared subject. */
    static final int MIN_SHARED_TERMS = 2;
    /** Words too common to make a pair worth searching for (folded). */
    private static final Set<String> COMMON = Set.of("cua", "va", "la", "co", "cac", "nhung", "duoc", "cho", "voi",
            "trong", "nay", "da", "dang", "se", "mot", "khong", "thi", "o", "tai", "ve", "tu", "nhu", "khi", "den",
            "ra", "vao", "len", "bi", "de", "nguoi", "theo", "sau", "truoc", "tren", "duoi");

    private final Function<SearchRequest, SearchResult> search;
    private final Clock clock;

    TipStories(Function<SearchRequest, SearchResult> search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    List<TipStoryMatch> find(String title, String lead, List<PlaceTag> places) {
        List<String> pairs = pairs(title, lead);
        if (pairs.isEmpty()) {
            return List.of();
        }
        String query = String.join(" OR ", pairs.stream().map(p -> "\"" + p + "\"").toList());
        SearchRequest request = new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(),
                clock.instant().minus(WINDOW), null, SearchRequest.Order.RELEVANCE, 0, SearchRequest.MAX_LIMIT);
        Set<String> tipPlaces = new LinkedHashSet<>();
        places.forEach(p -> tipPlaces.add(p.name()));
        Map<String, TipStoryMatch> byStory = new LinkedHashMap<>();
        for (SearchResult.Hit hit : search.apply(request).hits()) {
            String story = hit.storyId() == null ? hit.id() : hit.storyId();
            if (byStory.containsKey(story) || byStory.size() == MAX_STORIES) {
                continue;
            }
            String folded = VietnameseText.fold(hit.title() + " " + stripTags(hit.snippet()));
            List<String> shared = pairs.stream().filter(p -> folded.contains(VietnameseText.fold(p))).toList();
            if (shared.size() < MIN_SHARED_TERMS) {
                continue;
            }
            List<String> sharedPlaces = hit.places() == null ? List.of() : hit.places().stream()
                    .map(PlaceTag::name).filter(tipPlaces::contains).distinct().toList();
            byStory.put(story, new TipStoryMatch(story, hit.title(), hit.id(), hit.url(),
                    Math.round(hit.score() * 100) / 100.0, shared, sharedPlaces));
        }
        return List.copyOf(byStory.values());
    }

    /** Adjacent word pairs of the title then the lead, without pairs of common words, at most {@link #MAX_PAIRS}. */
    static List<String> pairs(String title, String lead) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : new String[] {title, lead}) {
            if (part == null) {
                continue;
            }
            String[] words = VietnameseText.nfc(part).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i + 1 < words.length && out.size() < MAX_PAIRS; i++) {
                if (words[i].isEmpty() || words[i + 1].isEmpty()) {
                    continue;
                }
                if (COMMON.contains(VietnameseText.fold(words[i])) || COMMON.contains(VietnameseText.fold(words[i + 1]))) {
                    continue;
                }
                out.add(words[i] + " " + words[i + 1]);
            }
        }
        return new ArrayList<>(out);
    }

    private static String stripTags(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ");
    }
}
