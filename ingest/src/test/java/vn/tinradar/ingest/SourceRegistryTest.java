package vn.tinradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.source.CommentFormat;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Source;

class SourceRegistryTest {

    private static final String GOOD = """
            sources:
              - id: baolaocai
                name: Báo Lào Cai
                home: https://baolaocai.vn
                tier: provincial-press
                province-only: true
                poll:
                  min-interval-seconds: 60
                  max-interval-seconds: 1800
                feeds:
                  - url: https://baolaocai.vn/rss/home.rss
                    kind: rss
                  - url: https://baolaocai.vn/sitemap-news.xml
                    kind: sitemap
                selectors:
                  title: h1.article-title
                  body: div.article-content
              - id: cong-tt-laocai
                name: Cổng thông tin điện tử tỉnh Lào Cai
                tier: government-portal
                feeds:
                  - url: https://laocai.gov.vn/rss/tin-tuc.rss
                    kind: rss
            """;

    @Test
    void readsSourcesWithFeedsPollBoundsAndSelectors() {
        SourceRegistry registry = SourceRegistry.parse("sources.yaml", GOOD);

        assertThat(registry.sources()).extracting(Source::id).containsExactly("baolaocai", "cong-tt-laocai");
        Source bao = registry.sources().get(0);
        assertThat(bao.name()).isEqualTo("Báo Lào Cai");
        assertThat(bao.tier()).isEqualTo(SourceTier.PROVINCIAL_PRESS);
        assertThat(bao.provinceOnly()).isTrue();
        assertThat(bao.allowPrivateNetwork()).isFalse();
        assertThat(bao.minIntervalSeconds()).isEqualTo(60);
        assertThat(bao.maxIntervalSeconds()).isEqualTo(1800);
        assertThat(bao.feeds()).extracting(f -> f.kind()).containsExactly(FeedKind.RSS, FeedKind.SITEMAP);
        assertThat(bao.selectors().body()).isEqualTo("div.article-content");
        assertThat(registry.sources().get(1).minIntervalSeconds()).as("0 = use ingest's default").isZero();
    }

    @Test
    void unknownTierNamesFileAndLine() {
        String yaml = GOOD.replace("tier: government-portal", "tier: blog");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.yaml").hasMessageContaining("blog")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(20));
    }

    @Test
    void badIdIsRejectedAtItsLine() {
        String yaml = GOOD.replace("id: baolaocai", "id: Báo_LC");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("Báo_LC")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(2));
    }

    @Test
    void duplicateIdIsRejectedAtTheSecondEntry() {
        String yaml = GOOD.replace("id: cong-tt-laocai", "id: baolaocai");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("duplicate source id 'baolaocai'")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(18));
    }

    @Test
    void sourceWithoutFeedsIsRejected() {
        String yaml = """
                sources:
                  - id: baoyenbai
                    name: Báo Yên Bái
                    tier: provincial-press
                """;
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs at least one feed")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(2));
    }

    @Test
    void relativeFeedUrlIsRejectedAtItsLine() {
        String yaml = GOOD.replace("url: https://laocai.gov.vn/rss/tin-tuc.rss", "url: /rss/tin-tuc.rss");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("/rss/tin-tuc.rss")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(22));
    }

    @Test
    void loadsFromAFileAndNamesItInErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path good = dir.resolve("sources.yaml");
        java.nio.file.Files.writeString(good, GOOD);
        java.nio.file.Path bad = dir.resolve("nguon-tin.yaml");
        java.nio.file.Files.writeString(bad, GOOD.replace("tier: provincial-press", "tier: bao-chi"));

        assertThat(SourceRegistry.load(good).sources()).hasSize(2);
        assertThatThrownBy(() -> SourceRegistry.load(bad)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("nguon-tin.yaml").hasMessageContaining("bao-chi");
    }

    @Test
    void unknownFeedKindIsRejected() {
        String yaml = GOOD.replace("kind: sitemap", "kind: podcast");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("podcast")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(14));
    }

    private static final String WITH_COMMENTS = """
            sources:
              - id: vnexpress
                name: VnExpress
                tier: national-press
                feeds:
                  - {url: "https://vnexpress.net/rss/thoi-su.rss", kind: rss}
                comments:
                  format: vnexpress-json
                  url: "https://usi-saas.vnexpress.net/index/get?objectid={article-id}&objecttype=1&siteid=1000000"
            """;

    @Test
    void readsWhereASourcesReaderCommentsAre() {
        Source vnexpress = SourceRegistry.parse("sources.yaml", WITH_COMMENTS).sources().get(0);

        assertThat(vnexpress.comments().format()).isEqualTo(CommentFormat.VNEXPRESS_JSON);
        assertThat(vnexpress.comments().endpointFor("https://vnexpress.net/sat-lo-o-sa-pa-4812345.html"))
                .contains("https://usi-saas.vnexpress.net/index/get?objectid=4812345&objecttype=1&siteid=1000000");
    }

    @Test
    void unknownCommentFormatNamesFileAndLine() {
        String yaml = WITH_COMMENTS.replace("format: vnexpress-json", "format: disqus");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("disqus").hasMessageContaining("schema-org")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(8));
    }

    @Test
    void commentEndpointWithoutTheArticleNumberIsRejectedAtItsLine() {
        String yaml = WITH_COMMENTS.replace("objectid={article-id}", "objectid=1");
        assertThatThrownBy(() -> SourceRegistry.parse("sources.yaml", yaml))
                .isInstanceOf(ConfigException.class).hasMessageContaining("{article-id}")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(9));
    }
}
