package vn.tinradar.alerts;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigException;

/**
 * Watches the user's settings file and applies an edit without a restart (hot reload of rules, thresholds,
 * watch-lists, recipients and routes). The file is loaded and checked in full first: an edit that does not pass
 * (bad YAML, a wrong value) is rejected with its file and line in the log, and the settings in force stay. The
 * folder is watched rather than the file, as editors often save by writing a new file and renaming it; the
 * content is compared too, so a save that changes nothing reloads nothing, and a change the watch service missed
 * (some network and container file systems send no events) is still seen within {@code pollMs}.
 */
public final class ConfigWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    private final Path file;
    private final Function<Path, AlertsConfig> load;
    private final Consumer<AlertsConfig> apply;
    private final long pollMs;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean running = true;
    private byte[] applied;
    private volatile int reloads;
    private volatile int rejections;

    /**
     * @param load reads and checks the whole settings file, throwing a ConfigException that names the line
     * @param apply takes the new settings (e.g. {@link AlertsService#reload})
     */
    public ConfigWatcher(Path file, Function<Path, AlertsConfig> load, Consumer<AlertsConfig> apply, long pollMs) {
        this.file = file.toAbsolutePath().normalize();
        this.load = load;
        this.apply = apply;
        this.pollMs = pollMs;
        this.applied = digest();
        try {
            this.watch = FileSystems.getDefault().newWatchService();
            this.file.getParent().register(watch, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot watch " + this.file + " for changes: " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "alerts-config-watcher");
        thread.setDaemon(true);
    }

    public ConfigWatcher start() {
        thread.start();
        LOG.info("event=config-watched file={}", file);
        return this;
    }

    private void run() {
        while (running) {
            try {
                WatchKey key = watch.poll(pollMs, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    // an editor may write in several steps: let it finish before reading
                    Thread.sleep(200);
                }
                check();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("event=config-watch-failed file={} error=\"{}\"", file, e.toString());
            }
        }
    }

    /** Loads the file if its content changed since the last load, applied or rejected. */
    synchronized void check() {
        byte[] now = digest();
        if (now == null || Arrays.equals(now, applied)) {
            return;
        }
        applied = now;
        AlertsConfig next;
        try {
            next = load.apply(file);
        } catch (ConfigException e) {
            rejections++;
            LOG.warn("event=config-rejected file={} kept=previous error=\"{}\"", file,
                    String.valueOf(e.getMessage()).replace('"', '\''));
            return;
        }
        apply.accept(next);
        reloads++;
    }

    /** How many edits were applied, and how many rejected, since start. */
    public int reloads() {
        return reloads;
    }

    public int rejections() {
        return rejections;
    }

    private byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            // being replaced by the editor, or removed: keep what is in force and look again later
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            watch.close();
            thread.join(2000);
        } catch (IOException e) {
            LOG.warn("event=config-watch-close-failed error=\"{}\"", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
