package vn.tinradar.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.text.ParseBudget;

/**
 * Reads every {@code .xml} file under a folder of feeds written by others (a public feed parser's test suite,
 * see docs/reliability.md) with ingest's feed parser under the document budget, and prints how each ended
 * and the time per document; none may crash or run over the budget. Parsing only: the items' links point at
 * hosts on the internet and are not fetched. Runs only when given the folder (not in the suite):
 * {@code ./mvnw -B -o -q -pl ingest -am test -Dtest=ForeignFeedsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dforeign.feeds=/work/realdata/feedparser-tests/tests}
 */
@EnabledIfSystemProperty(named = "foreign.feeds", matches = ".+")
class ForeignFeedsTest {

    @Test
    void everyForeignFeedIsParsedOrRejectedWithinTheBudget() throws IOException {
        Path root = Path.of(System.getProperty("foreign.feeds"));
        Duration budget = Duration.ofMillis(5000);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        // one warm-up pass so the figures are not the JIT's
        for (Path file : files) {
            read(Files.readAllBytes(file), budget);
        }
        Map<String, Integer> counts = new TreeMap<>();
        List<Long> micros = new ArrayList<>();
        String slowest = null;
        long slowestMicros = -1;
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            long start = System.nanoTime();
            String fate = read(body, budget);
            long took = (System.nanoTime() - start) / 1_000;
            counts.merge(fate.replaceAll(":.*", ""), 1, Integer::sum);
            micros.add(took);
            if (took > slowestMicros) {
                slowestMicros = took;
                slowest = root.relativize(file) + " (" + fate + ")";
            }
            if (fate.startsWith("crashed") || fate.startsWith("over-budget")) {
                System.out.println(root.relativize(file) + " " + fate);
            }
        }
        micros.sort(null);
        System.out.printf("files=%d fates=%s median=%.2f ms p99=%.2f ms max=%.2f ms slowest=%s%n", files.size(), counts,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0,
                slowestMicros / 1000.0, slowest);

        assertThat(counts).doesNotContainKeys("crashed", "over-budget");
    }

    private static String read(byte[] body, Duration budget) {
        try {
            int items = ParseBudget.within(budget,
                    () -> FeedParser.parse(body, null, "http://feeds.example.vn/feed.xml", 200).items().size());
            return items > 0 ? "parsed-with-items" : "parsed-no-items";
        } catch (FeedParseException e) {
            return "rejected: " + e.getMessage();
        } catch (ParseBudget.Exceeded e) {
            return "over-budget: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "crashed: " + e;
        }
    }
}
