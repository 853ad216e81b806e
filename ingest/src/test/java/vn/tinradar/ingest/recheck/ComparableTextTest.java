package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparableTextTest {

    private static final String BODY = "Mưa lớn kéo dài khiến 12 hộ dân xã Bản Xèo phải di dời khẩn cấp.";

    @Test
    void whiteSpaceAndLineBreaksDoNotCountAsAnEdit() {
        assertThat(ComparableText.hash("Mưa lớn kéo dài  khiến 12 hộ dân\nxã Bản Xèo phải di dời khẩn cấp."))
                .isEqualTo(ComparableText.hash(BODY));
    }

    @Test
    void viewCounterDoesNotCountAsAnEdit() {
        assertThat(ComparableText.hash("1.234 lượt xem " + BODY + " Lượt đọc: 5.678"))
                .isEqualTo(ComparableText.hash("87 lượt xem " + BODY + " Lượt đọc: 90"));
    }

    @Test
    void updatedStampDoesNotCountAsAnEdit() {
        assertThat(ComparableText.hash("Cập nhật: 08:15 06/12/2026 " + BODY))
                .isEqualTo(ComparableText.hash("Cập nhật lúc 17:42, 07/12/2026 (GMT+7) " + BODY));
    }

    @Test
    void advertisementLabelLineDoesNotCountAsAnEdit() {
        assertThat(ComparableText.hash(BODY + "\nQuảng cáo\n")).isEqualTo(ComparableText.hash(BODY));
    }

    @Test
    void changedFigureCountsAsAnEdit() {
        assertThat(ComparableText.hash(BODY.replace("12 hộ", "21 hộ"))).isNotEqualTo(ComparableText.hash(BODY));
    }

    @Test
    void composedAndDecomposedDiacriticsAreTheSameText() {
        String decomposed = java.text.Normalizer.normalize(BODY, java.text.Normalizer.Form.NFD);
        assertThat(ComparableText.hash(decomposed)).isEqualTo(ComparableText.hash(BODY));
    }
}
