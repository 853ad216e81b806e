package vn.tinradar.deploy.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.deploy.config.Settings;

/**
 * Two days of Lào Cai news replayed through a real broker, analyze and alerts: a quiet day, then seven reports of
 * one landslide within an hour. The burst is found on the news' own day although the replay runs months later.
 */
class ReplayIT {

    @TempDir
    Path dataDir;

    @Test
    void aLandslideBurstInTheDumpRaisesItsAlertOnTheDayOfTheReports(@TempDir Path configDir) throws Exception {
        ReplayItems.Loaded items = ReplayItems.load(resource("/replay/lao-cai-two-days.jsonl"),
                SourceTier.NATIONAL_PRESS);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        // seventeen items in two days, far under a real day's volume: watching starts at the first of them
        Path config = Files.writeString(configDir.resolve("replay.yaml"),
                "analyze:\n  trend-watch-min-articles-per-day: 1\n", StandardCharsets.UTF_8);
        Replay.Result result = new Replay(Settings.load(config), new Replay.Options(dataDir, 0, null, 20_000,
                Duration.ofSeconds(15), "replay-test-password"), Clock.systemUTC())
                .run(items.articles(), new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(result.pushed()).isEqualTo(17);
        assertThat(result.scored()).isEqualTo(17);
        assertThat(result.days()).extracting(ReplayDay::day)
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
        ReplayDay quiet = result.days().get(0);
        ReplayDay landslide = result.days().get(1);
        assertThat(quiet.articles()).isEqualTo(10);
        assertThat(quiet.alertTitles()).isEmpty();
        assertThat(landslide.articles()).isEqualTo(7);
        assertThat(landslide.alertTitles()).anyMatch(t -> t.contains("Mường Hum"));
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("replay: 2026-03-11 pushed 7");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReplayIT.class.getResource(name).toURI());
    }
}
