package vn.tinradar.common.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka topic with the serdes of its keys and values, so no call site picks a type by accident.
 *
 * @param name full name including the configured prefix
 * @param config topic-level settings used when TinRadar creates the topic (e.g. cleanup.policy=compact)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config) {

    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde);
    }

    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde);
    }
}
