package vn.tinradar.ingest.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.concurrent.DaemonScheduler;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.crawl.SinkException;

/**
 * Watches the import folder: a file that stopped growing is read by a {@link PostReader}, then moved to
 * {@code imported/} (or {@code refused/} when it could not be read at all) with its report beside it as
 * {@code <name>.report.txt}. A file whose posts could not be stored (Kafka unreachable) stays where it is and is
 * read again at a later look.
 */
public final class ImportFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFolder.class);

    private final IngestConfig.Imports config;
    private final Path folder;
    private final PostReader importer;
    private final Map<Path, String> lastLook = new HashMap<>();
    private final Counter posts;
    private final Counter refusedLines;
    private final Counter refusedFiles;
    private ScheduledExecutorService scheduler;

    /** @param importer reads each file; in a running process the crawler's, so its posts go out through its sink */
    public ImportFolder(IngestConfig.Imports config, PostReader importer, MeterRegistry meters) {
        this.config = config;
        this.folder = Path.of(config.folder());
        this.importer = importer;
        this.posts = Counter.builder("tinradar.ingest.imported").tag("result", "sent")
                .description("Posts read from import files and sent to analysis").register(meters);
        this.refusedLines = Counter.builder("tinradar.ingest.imported").tag("result", "refused-line")
                .description("Lines of import files refused, each with its reason in the file's report")
                .register(meters);
        this.refusedFiles = Counter.builder("tinradar.ingest.imported").tag("result", "refused-file")
                .description("Import files refused whole (too large, not UTF-8, unknown layout)").register(meters);
    }

    /** Starts watching; a folder that cannot be made or read stops the start, naming the folder. */
    public synchronized ImportFolder start() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("ingest.imports.folder " + folder.toAbsolutePath()
                    + " cannot be created: " + e, e);
        }
        scheduler = DaemonScheduler.named("ingest-import");
        scheduler.scheduleWithFixedDelay(this::lookSafely, 0, config.pollSeconds(), TimeUnit.SECONDS);
        LOG.info("event=import-folder-watched folder={} poll-seconds={}", folder.toAbsolutePath(),
                config.pollSeconds());
        return this;
    }

    private void lookSafely() {
        try {
            look();
        } catch (IOException | RuntimeException e) {
            LOG.warn("event=import-folder-unreadable folder={} error=\"{}\"", folder, e.toString());
        }
    }

    /** One look at the folder: files that stopped growing since the last look are imported. */
    synchronized void look() throws IOException {
        Map<Path, String> seen = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~") || name.endsWith(".part") || name.endsWith(".tmp")) {
                    continue;
                }
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                String stamp = attrs.size() + "@" + attrs.lastModifiedTime().toMillis();
                seen.put(file, stamp);
                if (stamp.equals(lastLook.get(file))) {
                    importFile(file, attrs.size());
                    seen.remove(file);
                }
            }
        }
        lastLook.clear();
        lastLook.putAll(seen);
    }

    private void importFile(Path file, long size) throws IOException {
        String name = file.getFileName().toString();
        ImportReport report;
        if (size > config.maxFileBytes()) {
            report = ImportReport.refusedWhole(name, "larger than " + config.maxFileBytes()
                    + " bytes (ingest.imports.max-file-bytes); split it into smaller files");
        } else {
            try {
                report = importer.read(name, Files.readAllBytes(file));
            } catch (SinkException e) {
                LOG.warn("event=import-file-postponed file={} reason=\"{}\"", name, e.getMessage());
                return;
            }
        }
        Path into = folder.resolve(report.fileError() == null ? "imported" : "refused");
        Files.createDirectories(into);
        Path moved = Files.move(file, uniqueIn(into, name), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".report.txt"), report.text(),
                StandardCharsets.UTF_8);
        if (report.fileError() != null) {
            refusedFiles.increment();
            LOG.warn("event=import-file-refused file={} reason=\"{}\"", name, report.fileError());
        } else {
            posts.increment(report.sent());
            refusedLines.increment(report.refused().size());
            LOG.info("event=import-file-read file={} sent={} refused-lines={} moved-to={}", name, report.sent(),
                    report.refused().size(), moved);
        }
    }

    /** {@code name} in {@code dir}, or name-2, name-3… when a file of that name was imported before. */
    private static Path uniqueIn(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return target;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
