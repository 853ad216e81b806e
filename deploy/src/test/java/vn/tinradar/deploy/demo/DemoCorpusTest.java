package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SourceTier;

/** What issue 2 asks of the bundled demo corpus, checked on the committed resource itself. */
class DemoCorpusTest {

    private static final DemoCorpus CORPUS = DemoCorpus.bundled();
    private static final String LANDSLIDE = "sat-lo-muong-hum";
    private static final String FAKE_DAM = "tin-gia-vo-dap";
    private static final String DRAFT_POLICY = "du-thao-ho-tro-thu-hoi-dat";

    @Test
    void holdsAtLeastTwoHundredArticlesFromAtLeastEightSources() {
        assertThat(CORPUS.articles()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(CORPUS.sources()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(CORPUS.sources()).allSatisfy(s -> assertThat(CORPUS.articlesOf(s.id())).isNotEmpty());
    }

    @Test
    void coversEveryTierWithAtLeastFourUnlicensedSites() {
        Map<SourceTier, Long> perTier = CORPUS.sources().stream()
                .collect(Collectors.groupingBy(DemoSource::tier, Collectors.counting()));
        assertThat(perTier.keySet()).containsExactlyInAnyOrder(SourceTier.values());
        assertThat(perTier.get(SourceTier.UNLICENSED_SITE)).isGreaterThanOrEqualTo(4);
        assertThat(perTier.get(SourceTier.NATIONAL_PRESS)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void spansAtLeastThreeWeeksBeforeTheDemoNow() {
        long earliest = CORPUS.articles().stream().mapToLong(DemoArticle::offsetSeconds).min().orElseThrow();
        assertThat(-earliest).isGreaterThanOrEqualTo(21L * 86400);
    }

    @Test
    void landslideBurstsAcrossManySourcesInTheFirstMinuteAfterEarlierWarnings() {
        List<DemoArticle> story = story(LANDSLIDE);
        List<DemoArticle> burst = story.stream().filter(a -> a.offsetSeconds() >= 0 && a.offsetSeconds() <= 60).toList();
        assertThat(burst).hasSizeBetween(10, 15);
        assertThat(sources(burst)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(story.stream().filter(a -> a.offsetSeconds() < -3600)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(burst).allSatisfy(a -> assertThat(a.title() + " " + a.lead()).containsAnyOf("Mường Hum", "Lào Cai"));
    }

    @Test
    void fabricatedStoryIsCopiedNearVerbatimAcrossFourUnlicensedSitesAndTheForumInTheFirstMinute() {
        List<DemoArticle> copies = story(FAKE_DAM).stream().filter(a -> a.offsetSeconds() <= 60).toList();
        Set<SourceTier> tiers = copies.stream().map(a -> tier(a.source())).collect(Collectors.toSet());
        assertThat(tiers).containsExactlyInAnyOrder(SourceTier.UNLICENSED_SITE, SourceTier.FORUM_SOCIAL);
        assertThat(sources(copies.stream().filter(a -> tier(a.source()) == SourceTier.UNLICENSED_SITE).toList()))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(copies).allSatisfy(a -> assertThat(a.offsetSeconds()).isBetween(0L, 60L));
        DemoArticle origin = copies.stream().filter(a -> a.copyOf() == null).findFirst().orElseThrow();
        assertThat(copies.stream().filter(a -> a != origin)).allSatisfy(copy -> {
            assertThat(copy.title()).isNotEqualTo(origin.title());
            assertThat(wordOverlap(body(origin), body(copy))).as(copy.key()).isGreaterThan(0.8);
        });
    }

    @Test
    void unlicensedCopiesHaveNoAuthorAndUseSensationalWords() {
        assertThat(story(FAKE_DAM).stream().filter(a -> tier(a.source()) == SourceTier.UNLICENSED_SITE))
                .allSatisfy(a -> {
                    assertThat(a.author()).isNull();
                    assertThat(a.title() + " " + a.lead()).containsAnyOf("SỐC", "!!!", "KHẨN", "Nóng", "Chia sẻ ngay");
                });
    }

    @Test
    void draftPolicyUnderConsultationIsCoveredBySeveralSourcesIncludingThePortal() {
        List<DemoArticle> policy = story(DRAFT_POLICY);
        assertThat(sources(policy)).hasSizeGreaterThanOrEqualTo(5).contains("laocai-gov");
        assertThat(policy).anySatisfy(a -> assertThat(a.title()).contains("Lấy ý kiến").contains("dự thảo"));
    }

    @Test
    void holdsClearlyPositiveAndClearlyNegativeCoverage() {
        Map<String, Long> tones = CORPUS.articles().stream()
                .collect(Collectors.groupingBy(DemoArticle::tone, Collectors.counting()));
        assertThat(tones.get("positive")).isGreaterThanOrEqualTo(30);
        assertThat(tones.get("negative")).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everydayNewsLiesInThePastSoOnlyTheKeyStoriesArriveLive() {
        assertThat(CORPUS.articles().stream().filter(a -> a.story() == null))
                .allSatisfy(a -> assertThat(a.offsetSeconds()).as(a.key()).isNegative());
    }

    @Test
    void mentionsTheProvinceByOldAndNewNamesAsThePressDoes() {
        String all = CORPUS.articles().stream().map(a -> a.title() + " " + a.lead() + " " + String.join(" ", a.paragraphs()))
                .collect(Collectors.joining(" "));
        assertThat(all).contains("tỉnh Yên Bái cũ", "huyện Bát Xát cũ", "phường Yên Bái", "tỉnh Lào Cai");
    }

    @Test
    void refusesAnArticleOfAnUnknownSource() {
        DemoArticle stray = new DemoArticle("baoma", "tin-la", "Tin lạ", "Sapo", List.of("Đoạn một."), null, "Xã hội",
                "media/x.jpg", -60, null, null, "xã hội", "neutral", null, null, null);
        assertThatThrownBy(() -> new DemoCorpus(CORPUS.sources(), List.of(stray)))
                .hasMessageContaining("baoma").hasMessageContaining("tin-la");
    }

    private static List<DemoArticle> story(String story) {
        return CORPUS.articles().stream().filter(a -> story.equals(a.story())).toList();
    }

    private static Set<String> sources(List<DemoArticle> articles) {
        return articles.stream().map(DemoArticle::source).collect(Collectors.toSet());
    }

    private static SourceTier tier(String sourceId) {
        return CORPUS.sourcesById().get(sourceId).tier();
    }

    private static String body(DemoArticle a) {
        return a.lead() + " " + String.join(" ", a.paragraphs());
    }

    /** Share of the origin's words that the copy keeps: near-verbatim copies stay close to 1. */
    private static double wordOverlap(String origin, String copy) {
        Set<String> originWords = words(origin);
        Set<String> kept = new HashSet<>(originWords);
        kept.retainAll(words(copy));
        return (double) kept.size() / originWords.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
