package vn.tinradar.analyze.query.trends;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import vn.tinradar.analyze.pipeline.trends.PartitionWatch;
import vn.tinradar.analyze.pipeline.trends.WatchStart;

/**
 * The watch state of the partitions of {@code articles.scored} this instance processes (active tasks only), read
 * from {@link WatchStart}'s store of each; "the past day" ends at the service clock's current hour.
 */
public final class LocalTrendWatch {

    private final Supplier<KafkaStreams> streams;
    private final String scoredTopic;
    private final Clock clock;

    /** @param scoredTopic the name of {@code articles.scored}, whose partitions the watch follows */
    public LocalTrendWatch(Supplier<KafkaStreams> streams, String scoredTopic, Clock clock) {
        this.streams = streams;
        this.scoredTopic = scoredTopic;
        this.clock = clock;
    }

    /** Each partition held here, in order; empty while the application starts or rebalances. */
    public List<PartitionWatch> partitions() {
        KafkaStreams running = streams.get();
        if (running == null) {
            return List.of();
        }
        List<PartitionWatch> out = new ArrayList<>();
        for (int partition : heldPartitions(running)) {
            try {
                ReadOnlyKeyValueStore<String, Long> store = running.store(StoreQueryParameters.fromNameAndType(
                        WatchStart.STORE, QueryableStoreTypes.<String, Long>keyValueStore()).withPartition(partition));
                out.add(WatchStart.read(partition, store, clock.instant()));
            } catch (InvalidStateStoreException e) {
                // the task is restoring or moved away between the two reads: its partition is left out of this answer
            }
        }
        return out;
    }

    private TreeSet<Integer> heldPartitions(KafkaStreams running) {
        TreeSet<Integer> partitions = new TreeSet<>();
        try {
            for (ThreadMetadata thread : running.metadataForLocalThreads()) {
                for (TaskMetadata task : thread.activeTasks()) {
                    for (TopicPartition tp : task.topicPartitions()) {
                        if (tp.topic().equals(scoredTopic)) {
                            partitions.add(tp.partition());
                        }
                    }
                }
            }
        } catch (IllegalStateException stopping) {
            // the application began to stop: nothing is held here any more
            partitions.clear();
        }
        return partitions;
    }
}
