package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigException;

/** Hot reload of the user's settings file: an edit applies at once, a broken edit is rejected by line. */
class ConfigWatcherTest {

    @TempDir
    Path dir;

    private final AtomicReference<AlertsConfig> inForce = new AtomicReference<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private ConfigWatcher watcher;

    private static String settings(String minCount) {
        return """
                # cấu hình TinRadar của Sở
                alerts:
                  rules:
                    topic-burst:
                      min-count: %s
                """.formatted(minCount);
    }

    private Path start(String content) throws Exception {
        Path file = dir.resolve("tinradar.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        inForce.set(AlertsConfig.load(file));
        watcher = new ConfigWatcher(file, f -> {
            try {
                return AlertsConfig.load(f);
            } catch (ConfigException e) {
                rejected.add(e.getMessage());
                throw e;
            }
        }, inForce::set, 100).start();
        return file;
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    /** Saves as many editors do: a new file renamed over the old one. */
    private static void save(Path file, String content) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".swp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void editedThresholdTakesEffectWithoutRestart() throws Exception {
        Path file = start(settings("3"));

        save(file, settings("5"));

        await(() -> inForce.get().rules().topicBurst().minCount() == 5);
        assertThat(watcher.reloads()).isEqualTo(1);
    }

    @Test
    void brokenEditIsRejectedByLineAndTheRulesInForceStay() throws Exception {
        Path file = start(settings("3"));
        AlertsConfig before = inForce.get();

        save(file, settings("-2"));

        await(() -> watcher.rejections() == 1);
        assertThat(rejected).singleElement().asString().contains("tinradar.yaml", "line 5", "min-count",
                "must be > 0 but was -2");
        assertThat(inForce.get()).isSameAs(before);
    }

    @Test
    void savingTheSameContentAgainReloadsNothing() throws Exception {
        Path file = start(settings("3"));

        save(file, settings("3"));
        save(file, settings("4"));

        await(() -> inForce.get().rules().topicBurst().minCount() == 4);
        assertThat(watcher.reloads()).isEqualTo(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
