package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.policy.Argument;
import vn.tinradar.alerts.policy.CompiledFeedback;
import vn.tinradar.alerts.policy.FeedbackCompiler;
import vn.tinradar.alerts.policy.FeedbackExtractor;
import vn.tinradar.alerts.policy.FeedbackSentence;
import vn.tinradar.alerts.policy.FeedbackSource;
import vn.tinradar.alerts.policy.Stance;
import vn.tinradar.alerts.text.Mentions;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.text.VnTime;

/**
 * The demo's draft policy page has feedback worth reading: the bundled articles and comments about the land
 * compensation draft, compiled as the page compiles them, give sentences for, against and asking, grouped into
 * arguments that several sources share. Our own corpus, so these counts are optimistic; what the stance rules are
 * worth on real sentences is in docs/quality.md.
 */
class DemoDraftFeedbackTest {

    private static final DemoCorpus CORPUS = DemoCorpus.bundled();

    private static AlertsConfig.Policy demoPolicy() {
        LocalDate today = DemoCorpus.ANCHOR.atZone(VnTime.ZONE).toLocalDate();
        AlertsConfig config = AlertsConfig.from(ConfigDocument.parse("demo-alerts.yaml", DemoSite.alertsYaml(today))
                .overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
        return config.rules().draftPolicies().policies().get(0);
    }

    private static CompiledFeedback compiled() {
        AlertsConfig.Policy policy = demoPolicy();
        return FeedbackCompiler.compile(policy, naming(policy));
    }

    /** The demo's articles naming {@code policy}, as the policy page reads them. */
    private static List<FeedbackSource> naming(AlertsConfig.Policy policy) {
        Map<String, String> names = CORPUS.sources().stream()
                .collect(Collectors.toMap(DemoSource::id, DemoSource::name));
        return CORPUS.articles().stream()
                .filter(a -> Mentions.any(a.title() + "\n" + text(a), policy.keywords()))
                .map(a -> new FeedbackSource(a.source() + "/" + a.slug(), a.title(), text(a), names.get(a.source()),
                        null, null))
                .toList();
    }

    private static String text(DemoArticle a) {
        return a.lead() + "\n" + String.join("\n", a.paragraphs());
    }

    @Test
    void draftDrawsSentencesForAgainstAndAsking() {
        Map<Stance, Integer> counts = compiled().counts();
        System.out.println("demo draft feedback " + counts);

        assertThat(counts.get(Stance.FOR)).isGreaterThanOrEqualTo(4);
        assertThat(counts.get(Stance.AGAINST)).isGreaterThanOrEqualTo(6);
        assertThat(counts.get(Stance.QUESTION)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyStanceHasAnArgumentSharedByTwoSources() {
        List<Argument> arguments = compiled().arguments();

        for (Stance stance : List.of(Stance.FOR, Stance.AGAINST, Stance.QUESTION)) {
            assertThat(arguments).as(stance.name()).anySatisfy(a -> {
                assertThat(a.stance()).isEqualTo(stance);
                assertThat(a.term()).isNotBlank();
                assertThat(a.sentences().stream().map(s -> s.source().sourceName()).distinct()).hasSizeGreaterThan(1);
            });
        }
    }

    @Test
    void theForumAskingForOrAgainstIsFiledAsAQuestion() {
        assertThat(sentence("các bác ủng hộ hay phản đối").stance()).isEqualTo(Stance.QUESTION);
    }

    @Test
    void theExpertsSentenceIsNotCutAfterHisTitle() {
        assertThat(sentence("Theo TS. Trần Quốc Việt").text()).endsWith("so với chi phí sinh hoạt hiện nay.");
    }

    /** The reacting sentence of the demo's articles that holds {@code words}, as the page reads it. */
    private static FeedbackSentence sentence(String words) {
        FeedbackExtractor extractor = new FeedbackExtractor(demoPolicy());
        return naming(demoPolicy()).stream().flatMap(a -> extractor.reactions(a).stream())
                .filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no reacting sentence holds '" + words + "'"));
    }
}
