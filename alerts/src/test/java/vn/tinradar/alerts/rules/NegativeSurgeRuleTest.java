package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Trend;

class NegativeSurgeRuleTest {

    private final AlertsConfig config = AlertsConfig.defaults();
    private final NegativeSurgeRule rule = new NegativeSurgeRule(config.rules().negativeSurge(),
            config.rules().topicBurst().publicConcernTopics(), id -> id.equals("a1")
            ? Optional.of(Fixtures.scored(Fixtures.ref("a1", "Bệnh nhân chờ cấp cứu hàng giờ ở Bệnh viện Đa khoa tỉnh",
            "Báo Lào Cai", SourceTier.PROVINCIAL_PRESS, 10), null)) : Optional.empty());

    private static Trend healthTopic(long count, long negative) {
        return new Trend(Trend.VERSION, Trend.TOPIC, "y-te", "Y tế, dịch bệnh", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), count, 3, 3.5, negative, 5, List.of("a1"), false);
    }

    @Test
    void mostlyNegativeHealthCoverageFiresWithShareAsEvidence() {
        Finding f = rule.evaluate(healthTopic(10, 8)).orElseThrow();

        assertThat(f.title()).isEqualTo("Tin tiêu cực tăng mạnh: Y tế, dịch bệnh");
        assertThat(f.topic()).isEqualTo("y-te");
        assertThat(f.signals().get(0).evidence()).isEqualTo("8/10 bài tiêu cực (80%, ngưỡng 60%)");
        assertThat(f.suggestedAction()).startsWith("Cung cấp thông tin chính thức");
    }

    @Test
    void surgeListsTheTrendsSampleArticlesWithTitlesLinksAndSources() {
        Finding f = rule.evaluate(healthTopic(10, 8)).orElseThrow();

        assertThat(f.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Bệnh nhân chờ cấp cứu hàng giờ ở Bệnh viện Đa khoa tỉnh");
            assertThat(a.url()).startsWith("https://");
            assertThat(a.source()).isEqualTo("Báo Lào Cai");
        });
        assertThat(f.signals()).extracting(s -> s.evidence()).contains("5 nguồn đưa tin, trong đó: Báo Lào Cai");
    }

    @Test
    void surgeOfATopicOutsideThePublicConcernListIsNamedNotShownByItsId() {
        NegativeSurgeRule named = new NegativeSurgeRule(config.rules().negativeSurge(),
                config.rules().topicBurst().publicConcernTopics(), Map.of("giao-duc", "Giáo dục"), id -> Optional.empty());
        Trend schools = new Trend(Trend.VERSION, Trend.TOPIC, "giao-duc", "giao-duc", Fixtures.T0,
                Fixtures.T0.plusSeconds(3600), 10, 3, 3.5, 8, 5, List.of(), false);

        assertThat(named.evaluate(schools).orElseThrow().title()).isEqualTo("Tin tiêu cực tăng mạnh: Giáo dục");
    }

    @Test
    void balancedCoverageDoesNotFire() {
        assertThat(rule.evaluate(healthTopic(10, 4))).isEmpty();
    }

    @Test
    void topicPlaceTrendsAreLeftToTopicBurstByDefault() {
        assertThat(rule.evaluate(Fixtures.landslideTrend(10, 6))).isEmpty();
    }

    @Test
    void surgeOfAPublicConcernTopicJoinsTheGroupOfItsBurst() {
        // issue 11: the same topic and day raised once by topic-burst and once by negative-surge is one alert
        Trend t = healthTopic(10, 8);
        Trend alsoBursting = new Trend(t.v(), t.kind(), t.key(), t.label(), t.windowStart(), t.windowEnd(), 10, 2,
                5.7, 8, 5, t.sampleArticleIds(), false);
        TopicBurstRule burst = new TopicBurstRule(config.rules().topicBurst(), id -> Optional.empty());

        assertThat(rule.evaluate(alsoBursting).orElseThrow().groupKey())
                .isEqualTo(burst.evaluate(alsoBursting).orElseThrow().groupKey());
    }

    /** A day of a big city's crime news: {@code count} reports, {@code negative} of them negative, against history. */
    private static Trend cityCrimeDay(long count, long negative, double baseline, double negativeBaseline) {
        return new Trend(Trend.VERSION, Trend.TOPIC, "an-ninh-trat-tu", "an-ninh-trat-tu", Fixtures.T0,
                Fixtures.T0.plusSeconds(86_400), count, baseline, (count - baseline) / Math.sqrt(baseline), negative, 6,
                List.of("a1"), false, "24h", negativeBaseline, (negative - negativeBaseline) / Math.sqrt(negativeBaseline));
    }

    @Test
    void busierDayOfACitysUsuallyNegativeCrimeNewsIsNoSurge() {
        // issue 11: Hà Nội's court and crime reports are 80% negative every day; 21 of 25 on a busy day is the same
        assertThat(rule.evaluate(cityCrimeDay(25, 21, 10, 8))).isEmpty();
    }

    @Test
    void coverageTurningNegativeAgainstTheKeysOwnUsualShareSurgesAndSaysWhatIsUsual() {
        Finding f = rule.evaluate(cityCrimeDay(20, 15, 10, 3)).orElseThrow();

        assertThat(f.signals()).anySatisfy(s -> assertThat(s.evidence())
                .isEqualTo("Thường ngày 30% số bài về An ninh, trật tự mang sắc thái tiêu cực; khung này 75%"));
    }

    @Test
    void keyWithoutHistoryIsJudgedOnTheWindowsShareAlone() {
        // a baseline at analyze's floor means the key was not seen before: it has no usual share to compare with
        assertThat(rule.evaluate(cityCrimeDay(8, 6, 0.5, 0.5))).isPresent();
    }
}
