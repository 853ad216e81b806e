package vn.tinradar.analyze.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import vn.tinradar.common.event.Article;

/**
 * Sends every article of one source to the same partition, whatever its record key: the same-text dedup (keyed
 * by source and text) and the source's history must both see all of a source's articles in one task. Uses the
 * producer's own hash (murmur2) of the source id, so the choice is stable across instances and restarts.
 */
final class SourcePartitioner implements StreamPartitioner<String, Article> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Article value, int numPartitions) {
        String source = value == null || value.sourceId() == null ? key : value.sourceId();
        byte[] bytes = (source == null ? "" : source).getBytes(StandardCharsets.UTF_8);
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % numPartitions));
    }
}
