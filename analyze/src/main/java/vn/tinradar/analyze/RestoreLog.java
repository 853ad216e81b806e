package vn.tinradar.analyze;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per state store partition restored from its changelog, with the records read and the time taken:
 * what an instance that takes over another's partitions had to read before it could process them (a warm standby
 * reads only the tail it had not yet applied).
 */
final class RestoreLog implements StateRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);

    /** When each changelog partition's restore began, to report its duration at the end. */
    private final Map<TopicPartition, Long> startedAt = new ConcurrentHashMap<>();

    @Override
    public void onRestoreStart(TopicPartition changelog, String store, long startingOffset, long endingOffset) {
        startedAt.put(changelog, System.nanoTime());
        LOG.info("event=restore-start store={} changelog={} from={} to={}", store, changelog, startingOffset,
                endingOffset);
    }

    @Override
    public void onBatchRestored(TopicPartition changelog, String store, long batchEndOffset, long records) {
        // one line per store at its end is enough; a line per batch would flood the log of a long restore
    }

    @Override
    public void onRestoreEnd(TopicPartition changelog, String store, long totalRestored) {
        LOG.info("event=restore-end store={} changelog={} records={} ms={}", store, changelog, totalRestored,
                elapsedMs(changelog));
    }

    @Override
    public void onRestoreSuspended(TopicPartition changelog, String store, long totalRestored) {
        LOG.info("event=restore-suspended store={} changelog={} records={} ms={}", store, changelog, totalRestored,
                elapsedMs(changelog));
    }

    private long elapsedMs(TopicPartition changelog) {
        Long start = startedAt.remove(changelog);
        return start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
    }
}
