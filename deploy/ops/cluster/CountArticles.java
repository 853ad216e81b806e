import java.util.HashMap;
import java.util.Map;

/**
 * Prints one line of counts over the committed records of PREFIX articles.raw and articles.scored: records, distinct
 * article ids, ids scored more than once, ids scored more often than crawled (duplicates), raw ids never scored. Compiled with CommittedRecords.java and run by
 * faults.sh: java -cp tinradar.jar:CLASSES CountArticles BOOTSTRAP PREFIX
 */
public class CountArticles {

    public static void main(String[] args) {
        String bootstrap = args[0];
        String prefix = args.length > 1 ? args[1] : "tinradar.";
        Map<String, Integer> raw = read(bootstrap, prefix + "articles.raw");
        Map<String, Integer> scored = read(bootstrap, prefix + "articles.scored");
        long scoredTwice = scored.values().stream().filter(n -> n > 1).count();
        // the crawler sends an article again when it changed (a feed's lead, then the page): each version is scored
        // once, so a duplicate is an id scored more often than it was crawled
        long scoredMoreThanCrawled = scored.entrySet().stream()
                .filter(e -> e.getValue() > raw.getOrDefault(e.getKey(), 0)).count();
        long neverScored = raw.keySet().stream().filter(id -> !scored.containsKey(id)).count();
        System.out.printf("raw_records=%d raw_ids=%d scored_records=%d scored_ids=%d scored_twice=%d "
                        + "scored_more_than_crawled=%d never_scored=%d%n",
                raw.values().stream().mapToInt(Integer::intValue).sum(), raw.size(),
                scored.values().stream().mapToInt(Integer::intValue).sum(), scored.size(), scoredTwice,
                scoredMoreThanCrawled, neverScored);
    }

    /** Article id → how many committed records carry it. */
    private static Map<String, Integer> read(String bootstrap, String topic) {
        Map<String, Integer> ids = new HashMap<>();
        CommittedRecords.read(bootstrap, topic, (id, value) -> ids.merge(id, 1, Integer::sum));
        return ids;
    }
}
