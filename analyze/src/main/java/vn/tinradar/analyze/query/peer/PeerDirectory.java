package vn.tinradar.analyze.query.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The other instances of this analyze application, as Kafka Streams metadata tells them: each instance sets
 * {@code application.server} to the host and port of its web server, and the metadata says which of them hold
 * the active tasks of a store or the partition of a key. Without {@code application.server} there are no others.
 */
public final class PeerDirectory {

    private final Supplier<KafkaStreams> streams;
    private final HostInfo self;

    /** @param self this instance's {@code application.server}, or null when it runs alone */
    public PeerDirectory(Supplier<KafkaStreams> streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public boolean enabled() {
        return self != null;
    }

    /** The other instances with an active task of {@code store}. */
    public List<HostInfo> holding(String store) {
        if (self == null) {
            return List.of();
        }
        KafkaStreams running = streams.get();
        if (running == null) {
            return List.of();
        }
        List<HostInfo> out = new ArrayList<>();
        for (StreamsMetadata m : running.streamsMetadataForStore(store)) {
            HostInfo h = m.hostInfo();
            if (h != null && !h.equals(self) && !h.equals(HostInfo.unavailable()) && !out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * The instance holding the partition of {@code key} in {@code store} (keyed by a String with the default
     * partitioner), or empty when that is this one or the metadata does not know yet.
     */
    public Optional<HostInfo> otherHolderOf(String store, String key) {
        if (self == null) {
            return Optional.empty();
        }
        KafkaStreams running = streams.get();
        if (running == null) {
            return Optional.empty();
        }
        KeyQueryMetadata m = running.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (m == null || m.equals(KeyQueryMetadata.NOT_AVAILABLE) || m.activeHost() == null
                || m.activeHost().equals(self) || m.activeHost().equals(HostInfo.unavailable())) {
            return Optional.empty();
        }
        return Optional.of(m.activeHost());
    }

    public HostInfo self() {
        return self;
    }
}
