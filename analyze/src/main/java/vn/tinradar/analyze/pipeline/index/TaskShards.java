package vn.tinradar.analyze.pipeline.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open Lucene shard of each task on this instance, by task directory: how the articles store of a standby task
 * finds the shard beside it (Streams builds the two stores apart and hands neither to the other).
 */
final class TaskShards {

    private final Map<Path, ArticleIndexStore> byTaskDir = new ConcurrentHashMap<>();

    void opened(Path taskDir, ArticleIndexStore shard) {
        byTaskDir.put(key(taskDir), shard);
    }

    void closed(Path taskDir, ArticleIndexStore shard) {
        byTaskDir.remove(key(taskDir), shard);
    }

    Optional<ArticleIndexStore> of(Path taskDir) {
        return Optional.ofNullable(byTaskDir.get(key(taskDir)));
    }

    private static Path key(Path taskDir) {
        return taskDir.toAbsolutePath().normalize();
    }
}
