package vn.tinradar.analyze.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which remembered headlines share enough word pairs with a new one, without walking the pairs every headline has. */
class PairPostingsTest {

    @Test
    void aHeadlineSharingThreePairsIsFoundAndOneSharingOnlyTheProvinceIsNot() {
        PairPostings postings = new PairPostings();
        postings.add("bao-lao-cai-1", List.of("sạt lở", "lở đất", "mường hum", "lào cai"));
        postings.add("vnexpress-2", List.of("giá vàng", "tăng mạnh", "lào cai"));

        Set<String> found = postings.sharingAtLeast(List.of("sạt lở", "lở đất", "xã mường", "mường hum", "lào cai"), 3);

        assertThat(found).containsExactly("bao-lao-cai-1");
    }

    @Test
    void aHeadlineSharingOnlyTheTwoCommonestPairsIsStillFound() {
        PairPostings postings = new PairPostings();
        for (int i = 0; i < 50; i++) {
            postings.add("tin-" + i, List.of("lào cai", "tỉnh lào", "tin " + i));
        }
        postings.add("bao-lao-cai-1", List.of("lào cai", "tỉnh lào", "mường hum"));

        Set<String> found = postings.sharingAtLeast(List.of("lào cai", "tỉnh lào", "mường hum"), 3);

        assertThat(found).containsExactly("bao-lao-cai-1");
    }

    @Test
    void aForgottenHeadlineIsNoLongerFound() {
        PairPostings postings = new PairPostings();
        List<String> pairs = List.of("sạt lở", "lở đất", "mường hum");
        postings.add("bao-lao-cai-1", pairs);

        postings.remove("bao-lao-cai-1", pairs);

        assertThat(postings.sharingAtLeast(pairs, 3)).isEmpty();
    }

    @Test
    void findsExactlyTheHeadlinesACountOverEveryPairFinds() {
        Random random = new Random(20261206);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            vocabulary.add("cặp " + i);
        }
        PairPostings postings = new PairPostings();
        Map<String, Set<String>> remembered = new HashMap<>();
        for (int m = 0; m < 400; m++) {
            // a skewed draw, so a few pairs are in most headlines as "lào cai" is
            Set<String> pairs = new HashSet<>();
            for (int k = 0; k < 6; k++) {
                pairs.add(vocabulary.get((int) (vocabulary.size() * Math.pow(random.nextDouble(), 3))));
            }
            remembered.put("bai-" + m, pairs);
            postings.add("bai-" + m, List.copyOf(pairs));
        }
        for (int q = 0; q < 200; q++) {
            List<String> headline = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                headline.add(vocabulary.get((int) (vocabulary.size() * Math.pow(random.nextDouble(), 2))));
            }
            for (int minShared = 1; minShared <= 4; minShared++) {
                assertThat(postings.sharingAtLeast(headline, minShared))
                        .isEqualTo(bruteForce(remembered, headline, minShared));
            }
        }
    }

    private static Set<String> bruteForce(Map<String, Set<String>> remembered, List<String> headline, int minShared) {
        Set<String> distinct = new HashSet<>(headline);
        Set<String> out = new HashSet<>();
        remembered.forEach((id, pairs) -> {
            long shared = distinct.stream().filter(pairs::contains).count();
            if (shared >= minShared) {
                out.add(id);
            }
        });
        return out;
    }
}
