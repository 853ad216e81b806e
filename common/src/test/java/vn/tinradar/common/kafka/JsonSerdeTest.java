package vn.tinradar.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;

class JsonSerdeTest {

    private final JsonSerde<Article> serde = new JsonSerde<>(Article.class);

    @Test
    void articleRoundTripsKeepingTheVietnamOffsetAndDiacritics() {
        String url = "https://baolaocai.vn/sat-lo-de-doa-nhieu-ho-dan-o-xa-bao-ha-post412345.html";
        Article article = new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "baolaocai",
                "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, "Sạt lở đe dọa nhiều hộ dân ở xã Bảo Hà",
                "Mưa lớn kéo dài gây sạt lở taluy dương.", "Đêm 21/11, mưa lớn...", null, "Xã hội", null, "vi",
                OffsetDateTime.parse("2026-11-21T20:15:00+07:00"), null, "page",
                Instant.parse("2026-11-21T13:20:00Z"), "abc", null, true);

        byte[] bytes = serde.serializer().serialize("t", article);
        Article back = serde.deserializer().deserialize("t", bytes);

        assertThat(back).isEqualTo(article);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"published\":\"2026-11-21T20:15:00+07:00\"")
                .contains("\"tier\":\"provincial-press\"")
                .contains("Sạt lở");
    }

    @Test
    void garbageValueRaisesSerializationExceptionNamingTheTopic() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("tinradar.articles.raw",
                "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("tinradar.articles.raw");
    }
}
