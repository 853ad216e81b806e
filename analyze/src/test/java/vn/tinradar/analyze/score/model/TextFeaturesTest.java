package vn.tinradar.analyze.score.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    private static final FeatureSpec NEGATION = new FeatureSpec(2, 0, 0, false, true);

    private static boolean has(TextFeatures f, SparseVector v, String feature) {
        return java.util.Arrays.binarySearch(v.indices(), f.hash(feature)) >= 0;
    }

    @Test
    void syllablesAfterANegationAreMarkedUntilTheComma() {
        TextFeatures f = new TextFeatures(NEGATION, 20, null);

        SparseVector v = f.vectorize(null, "thầy dạy không hay , nhưng rất nhiệt tình .", null);

        assertThat(has(f, v, "¬hay")).isTrue();
        assertThat(has(f, v, "hay")).isTrue();
        assertThat(has(f, v, "¬nhiệt")).isFalse();
    }

    @Test
    void withoutNegationMarkingNoNegatedSyllableIsCounted() {
        TextFeatures f = new TextFeatures(FeatureSpec.SYLLABLE_BIGRAMS, 20, null);

        SparseVector v = f.vectorize(null, "phòng học không có máy chiếu", null);

        assertThat(has(f, v, "¬có")).isFalse();
        assertThat(has(f, v, "không có")).isTrue();
    }

    @Test
    void trigramsAreCountedWhenAsked() {
        TextFeatures f = new TextFeatures(new FeatureSpec(3, 0, 0, false, false), 20, null);

        SparseVector v = f.vectorize(null, "sạt lở đất tại Bát Xát", null);

        assertThat(has(f, v, "sạt lở đất")).isTrue();
    }

    @Test
    void foldedCharacterGramsMatchTextTypedWithoutDiacritics() {
        TextFeatures f = new TextFeatures(new FeatureSpec(1, 3, 4, true, false), 20, null);

        SparseVector accented = f.vectorize(null, "giảng viên nhiệt tình", null);
        SparseVector plain = f.vectorize(null, "giang vien nhiet tinh", null);

        long shared = java.util.Arrays.stream(accented.indices())
                .filter(i -> java.util.Arrays.binarySearch(plain.indices(), i) >= 0).count();
        // every character gram is shared; only the exact syllables differ
        assertThat(shared).isEqualTo(accented.size() - 4);
    }

    @Test
    void featuresInFewerTrainingTextsThanTheMinimumAreDropped() {
        TextFeatures base = new TextFeatures(FeatureSpec.SYLLABLE_BIGRAMS, 20, null);
        List<TextFeatures.Counts> training = List.of(
                base.counts(null, "mưa lũ gây sạt lở ở Văn Bàn", null),
                base.counts(null, "mưa lũ làm ngập đường ở Bảo Yên", null));

        TextFeatures fitted = base.withIdfFrom(training, 2);
        SparseVector v = fitted.vectorize(null, "mưa lũ gây sạt lở", null);

        assertThat(has(fitted, v, "mưa lũ")).isTrue();
        assertThat(has(fitted, v, "sạt lở")).isFalse();
    }

    @Test
    void wordsHaveUnitLengthAndNamedFeaturesKeepTheirValue() {
        TextFeatures f = new TextFeatures(FeatureSpec.SYLLABLE_BIGRAMS, 20, null);

        SparseVector v = f.vectorize("Giá phân bón tăng", "Nông dân trồng chè gặp khó", java.util.Map.of("likes", 3.0));

        int named = java.util.Arrays.binarySearch(v.indices(), f.hash("x:likes"));
        double words = 0;
        for (int i = 0; i < v.size(); i++) {
            words += i == named ? 0 : v.values()[i] * v.values()[i];
        }
        assertThat(v.values()[named]).isEqualTo(3.0);
        assertThat(words).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
