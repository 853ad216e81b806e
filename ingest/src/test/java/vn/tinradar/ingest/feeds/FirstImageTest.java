package vn.tinradar.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstImageTest {

    @Test
    void takesTheSrcOfTheFirstImageInADescription() {
        String html = "<a href=\"/bai.html\"><img width=\"180\" src=\"https://cdn.baolaocai.vn/2026/11/22/satlo.jpg\" "
                + "alt=\"Sạt lở ở Bát Xát\"></a> Mưa lớn kéo dài gây sạt lở tại xã Bát Xát.<img src='/hai.jpg'>";

        assertThat(FirstImage.src(html)).contains("https://cdn.baolaocai.vn/2026/11/22/satlo.jpg");
    }

    @Test
    void ignoresDataSrcAndTagsWithoutSrc() {
        String html = "<img data-src=\"/lazy.jpg\"><IMG alt=\"ảnh\"><img class=\"anh\" SRC = '/that.jpg'>";

        assertThat(FirstImage.src(html)).contains("/that.jpg");
    }

    @Test
    void findsNothingInTextWithoutImages() {
        assertThat(FirstImage.src("Giá lúa tăng <b>5%</b> so với cùng kỳ, <image> không phải ảnh")).isEqualTo(Optional.empty());
    }

    /** Issue 13: the old pattern took 24 s on 100 KB of unclosed {@code <img } tags. */
    @Test
    void hundredKilobytesOfUnclosedImageTagsTakeUnderTwoSeconds() {
        String hostile = "<img ".repeat(20_000) + "<img alt=x " + "src ".repeat(20_000);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(FirstImage.src(hostile)).isEmpty());
    }
}
