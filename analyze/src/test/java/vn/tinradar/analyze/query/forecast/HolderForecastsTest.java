package vn.tinradar.analyze.query.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.pipeline.trends.TrendDetector;
import vn.tinradar.analyze.pipeline.trends.TrendWindow;
import vn.tinradar.common.forecast.SeasonalForecaster;

/**
 * Which instance makes a trend key's forecast (issue 14): this one when it holds the key's partition, else the one
 * that does; a holder that does not answer is named, never mistaken for a key without history.
 */
class HolderForecastsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private static final HostInfo OTHER = new HostInfo("10.0.0.2", 7070);
    private static final String COMMUNE = "xa-bao-yen";

    private final List<String> asked = new ArrayList<>();
    /** This instance's bucket store is not open: what it makes itself is always "too short". */
    private final TrendForecasts local = localWithoutCounts();

    private static TrendForecasts localWithoutCounts() {
        AnalyzeConfig config = AnalyzeConfig.defaults();
        TrendWindow day = TrendWindow.of(config).get(1);
        return new TrendForecasts(name -> Optional.empty(), day, TrendDetector.retention(config, day),
                new SeasonalForecaster(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private HolderForecasts routed(String keyHeldByOther, HolderForecasts.Remote remote) {
        return new HolderForecasts(local, k -> k.equals(keyHeldByOther) ? Optional.of(OTHER) : Optional.empty(),
                (host, q) -> {
                    asked.add(host.host() + ":" + host.port() + " " + q.trendKey());
                    return remote.forecast(host, q);
                }, Duration.ofMillis(300));
    }

    private static KeyForecast madeByTheHolder(ForecastQuery q) {
        LocalDate today = LocalDate.of(2026, 11, 20);
        return new KeyForecast(q.kind(), q.key(), q.days(), today, today.plusDays(q.days() - 1L), 21, 54, true, 2.6,
                1L, 5L, 0.8, "trung bình theo thứ trong tuần", null);
    }

    @Test
    void aKeyHeldHereIsForecastHereWithoutAskingAnyone() {
        HolderForecasts forecasts = routed("place:xa-khac", (host, q) -> CompletableFuture.completedFuture(
                Optional.of(madeByTheHolder(q))));

        KeyForecast f = forecasts.forecast(new ForecastQuery("place", COMMUNE, 1));

        assertThat(asked).isEmpty();
        assertThat(f.enoughHistory()).isFalse();
        assertThat(f.unansweredBy()).isNull();
    }

    @Test
    void aKeyHeldByTheOtherInstanceIsItsForecast() {
        HolderForecasts forecasts = routed("place:" + COMMUNE, (host, q) -> CompletableFuture.completedFuture(
                Optional.of(madeByTheHolder(q))));

        KeyForecast f = forecasts.forecast(new ForecastQuery("place", COMMUNE, 3));

        assertThat(asked).containsExactly("10.0.0.2:7070 place:" + COMMUNE);
        assertThat(f).isEqualTo(madeByTheHolder(new ForecastQuery("place", COMMUNE, 3)));
    }

    @Test
    void aHolderThatFailsIsNamedInsteadOfTooLittleHistory() {
        HolderForecasts forecasts = routed("place:" + COMMUNE, (host, q) -> CompletableFuture.failedFuture(
                new java.net.ConnectException("Connection refused")));

        KeyForecast f = forecasts.forecast(new ForecastQuery("place", COMMUNE, 1));

        assertThat(f.enoughHistory()).isFalse();
        assertThat(f.unansweredBy()).isEqualTo("10.0.0.2:7070");
        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aSilentHolderCostsOneTimeoutForAllKeysOfAPage() {
        HolderForecasts forecasts = new HolderForecasts(local, k -> Optional.of(OTHER),
                (host, q) -> new CompletableFuture<>(), Duration.ofMillis(300));
        List<ForecastQuery> page = List.of(new ForecastQuery("topic", "thien-tai", 1),
                new ForecastQuery("topic", "thien-tai", 3), new ForecastQuery("place", COMMUNE, 1),
                new ForecastQuery("place", COMMUNE, 3));

        long start = System.nanoTime();
        List<KeyForecast> answers = forecasts.forecasts(page);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(answers).extracting(KeyForecast::unansweredBy).containsOnly("10.0.0.2:7070");
        assertThat(answers).extracting(KeyForecast::key).containsExactly("thien-tai", "thien-tai", COMMUNE, COMMUNE);
        assertThat(tookMs).isBetween(250L, 900L);
    }

    @Test
    void aBadRequestIsRefusedBeforeAnyInstanceIsAsked() {
        HolderForecasts forecasts = routed("place:" + COMMUNE, (host, q) -> CompletableFuture.completedFuture(
                Optional.of(madeByTheHolder(q))));

        assertThatThrownBy(() -> forecasts.forecast(new ForecastQuery("place", COMMUNE, 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days must be 1..3 but was 7");
        assertThat(asked).isEmpty();
    }
}
