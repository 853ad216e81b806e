package vn.tinradar.alerts.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stance rules on hand-labelled sentences of real press items about a draft, when the dump they come from is
 * present ({@code TINRADAR_REPLAY_DUMP=week-2026-02.jsonl}, built as docs/quality.md says); skipped without it.
 * Figures and the command are in docs/quality.md, "Stance of feedback sentences".
 */
class StanceQualityTest {

    private static final Path LABELS = Path.of("src/test/resources/policy/stance-labels.tsv");

    private static List<StanceQuality.Label> labels() throws Exception {
        return StanceQuality.labels(Files.readAllLines(LABELS, StandardCharsets.UTF_8), LABELS.toString());
    }

    @Test
    void labelFileHoldsAtLeastSixtySentencesOfEachStance() throws Exception {
        Map<Stance, Long> perStance = labels().stream()
                .collect(Collectors.groupingBy(StanceQuality.Label::stance, Collectors.counting()));
        assertThat(labels()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(perStance.keySet()).contains(Stance.FOR, Stance.AGAINST, Stance.NEUTRAL);
    }

    @Test
    void labelWithAnUnknownStanceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> StanceQuality.labels(List.of("# item\tindex\thash\tstance",
                "abc\t3\t0123456789ab\tmaybe"), "labels.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("labels.tsv line 2: stance must be for, against, question or neutral");
    }

    @Test
    void rulesOnTheLabelledRealSentences() throws Exception {
        String dump = System.getenv("TINRADAR_REPLAY_DUMP");
        assumeTrue(dump != null && Files.isRegularFile(Path.of(dump)),
                "set TINRADAR_REPLAY_DUMP to week-2026-02.jsonl (docs/quality.md); skipped");
        List<StanceQuality.Label> labels = labels();
        // TINRADAR_PRINT_CANDIDATES=id1,id2 prints the candidate sentences of those items, for labelling more
        String toPrint = System.getenv("TINRADAR_PRINT_CANDIDATES");
        Set<String> items = labels.stream().map(StanceQuality.Label::itemId).collect(Collectors.toSet());
        if (toPrint != null) {
            items = new java.util.HashSet<>(items);
            items.addAll(List.of(toPrint.split(",")));
        }
        List<StanceQuality.Candidate> candidates = StanceQuality.candidates(Path.of(dump), items);
        if (toPrint != null) {
            candidates.forEach(c -> System.out.println("candidate\t" + c.itemId() + "\t" + c.index() + "\t"
                    + c.hash() + "\t" + StanceRules.read(c.text()).stance().id() + "\t" + c.text()));
        }
        Map<Stance, Map<Stance, Integer>> confusion = StanceQuality.confusion(labels, candidates);
        int right = 0;
        for (Stance gold : Stance.values()) {
            Map<Stance, Integer> row = confusion.getOrDefault(gold, Map.of());
            right += row.getOrDefault(gold, 0);
            System.out.println("stance quality gold=" + gold.id() + " predicted=" + row);
        }
        System.out.printf("stance quality sentences=%d correct=%d accuracy=%.3f%n", labels.size(), right,
                right / (double) labels.size());
        assertThat(labels).isNotEmpty();
    }
}
