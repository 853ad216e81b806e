package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;

/**
 * The demo corpus crawled in ten shuffled orders (fixed seeds) through the production analysis and alert rules gives
 * the same stories and one alert per story every time (issue 11: from 2 to about 10 firing alerts for the same three
 * events, depending on the order the crawler brought the reports). Each order goes through {@link DemoPipeline},
 * which lets an article arrive only once it is published, as the demo's crawler would.
 *
 * <p>The corpus holds four real events: the Mường Hum landslide, the fabricated dam-breach story, the negative
 * reaction to the land-compensation draft and, three days earlier, the fabricated tap-water story (5 unlicensed
 * sites, then denied by the portal, the paper and the TV). Each gets exactly one firing alert in every order: a
 * place or topic whose window mixes the landslide and the dam rumour joins one of their alerts, and no other alert
 * fires. Not asserted: the headline a trend alert quotes is the earliest of its strongest window's samples, which
 * depends on the order.
 */
class DemoArrivalOrderTest {

    private static final int ORDERS = 10;
    /** The corpus's real events: the landslide, the two fabricated stories and the reaction to the draft. */
    private static final Set<String> EVENTS = Set.of("sat-lo-muong-hum", "tin-gia-vo-dap", "tin-gia-nuoc-may",
            "du-thao-ho-tro-thu-hoi-dat");
    /** The rules whose alerts are about the corpus's events as they trend and spread. */
    private static final Set<String> TREND_RULES = Set.of("topic-burst", "negative-surge", "story-spread");
    private static final Pattern QUOTED = Pattern.compile("“(.+)”$");
    private static final List<Outcome> OUTCOMES = new ArrayList<>();
    private static Path ramDir;

    /** What one order gave: stories as sets of articles, alerts as status and title, and whose headline each quotes. */
    record Outcome(long seed, Set<String> stories, Map<String, Integer> firingByStory, Set<String> alerts,
                   Map<String, Set<String>> firingByEvent, List<String> wordedByAnotherStory,
                   List<String> resolvedTrendAlerts) {
    }

    @BeforeAll
    static void crawlTheDemoInTenOrders(@TempDir Path tmp) throws Exception {
        var scorer = DefaultArticleScorer.load(null);
        // state stores flush on every record in the test driver: on a RAM disk when there is one
        Path shm = Path.of("/dev/shm");
        ramDir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "demo-order") : null;
        Path base = ramDir != null ? ramDir : tmp;
        for (long seed = 1; seed <= ORDERS; seed++) {
            List<DemoArticle> order = new ArrayList<>(DemoCorpus.bundled().articles());
            Collections.shuffle(order, new Random(seed));
            try (DemoPipeline p = new DemoPipeline(base.resolve("order-" + seed), scorer)) {
                p.crawl(order);
                OUTCOMES.add(outcome(seed, p));
                Outcome o = OUTCOMES.get(OUTCOMES.size() - 1);
                System.out.println("demo order " + seed + ": " + p.cost() + "; firing by the corpus's event "
                        + o.firingByEvent() + "; all alerts " + o.alerts());
            }
        }
    }

    @AfterAll
    static void freeTheRamDisk() throws Exception {
        if (ramDir != null) {
            try (var paths = Files.walk(ramDir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Outcome outcome(long seed, DemoPipeline p) {
        Set<String> alerts = new TreeSet<>();
        Map<String, Set<String>> firing = new TreeMap<>();
        Map<String, Integer> byStory = new TreeMap<>();
        List<String> wrongWording = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        for (Alert a : p.alerts()) {
            alerts.add(a.status() + " " + a.rule() + ": " + a.title());
            if (a.status() == AlertStatus.RESOLVED && TREND_RULES.contains(a.rule())) {
                resolved.add(a.rule() + ": " + a.title());
            }
            if (a.status() != AlertStatus.FIRING) {
                continue;
            }
            if (a.storyId() != null) {
                byStory.merge(p.storyKey(a.storyId()), 1, Integer::sum);
            }
            Set<String> events = new TreeSet<>();
            a.articles().forEach(r -> events.add(String.valueOf(p.eventOf(r.id()))));
            firing.computeIfAbsent(String.join("+", events), k -> new TreeSet<>()).add(a.title());
            Matcher quoted = QUOTED.matcher(a.title());
            if (a.storyId() != null && quoted.find() && !p.storyHasHeadline(a.storyId(), quoted.group(1))) {
                wrongWording.add(a.title());
            }
        }
        return new Outcome(seed, p.storyMembership(), byStory, alerts, firing, wrongWording, resolved);
    }

    @Test
    void everyOrderGivesTheSameStories() {
        Set<String> first = OUTCOMES.get(0).stories();
        assertThat(first).anyMatch(s -> s.contains("baolaocai/sat-lo-de-doa-khu-dan-cu-xa-muong-hum")
                && s.contains("laocai-gov/chu-tich-ubnd-tinh-yeu-cau-khan-truong-ung-pho-nguy-co-sat-lo-tai-xa-muong-hum"));
        for (Outcome o : OUTCOMES) {
            assertThat(o.stories()).as("stories of order %d", o.seed()).isEqualTo(first);
        }
    }

    @Test
    void everyOrderRaisesOneAlertForEachOfTheSameStories() {
        Map<String, Integer> first = OUTCOMES.get(0).firingByStory();
        assertThat(first.keySet()).anyMatch(k -> k.startsWith("baolaocai/lanh-dao-tinh-kiem-tra-hien-truong"));
        assertThat(first.values()).containsOnly(1);
        for (Outcome o : OUTCOMES) {
            assertThat(o.firingByStory()).as("firing alerts per story, order %d", o.seed()).isEqualTo(first);
        }
    }

    @Test
    void everyOrderRaisesExactlyOneFiringAlertForEachRealEvent() {
        for (Outcome o : OUTCOMES) {
            for (String event : EVENTS) {
                assertThat(o.firingByEvent().get(event)).as("firing alerts about %s alone, order %d: %s", event,
                        o.seed(), o.firingByEvent()).hasSize(1);
            }
        }
    }

    @Test
    void everyOrderRaisesNoFiringAlertBeyondTheOnePerEvent() {
        for (Outcome o : OUTCOMES) {
            assertThat(o.firingByEvent().keySet()).as("events of the firing alerts, order %d: %s", o.seed(),
                    o.firingByEvent()).isEqualTo(EVENTS);
        }
    }

    /**
     * The demo's first landslide reports sit in the dam rumour's and a forum thread's stories for a while: bursts that
     * fired on them at once were resolved into those stories' alerts seconds later, after their mails.
     */
    @Test
    void everyOrderRaisesNoTrendAlertThatIsResolvedLater() {
        for (Outcome o : OUTCOMES) {
            assertThat(o.resolvedTrendAlerts()).as("alerts raised then resolved, order %d", o.seed()).isEmpty();
        }
    }

    @Test
    void everyStoryAlertIsWordedByItsOwnArticles() {
        for (Outcome o : OUTCOMES) {
            assertThat(o.wordedByAnotherStory()).as("alerts of order %d", o.seed()).isEmpty();
        }
    }
}
