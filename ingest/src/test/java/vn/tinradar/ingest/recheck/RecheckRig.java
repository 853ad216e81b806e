package vn.tinradar.ingest.recheck;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRevision;
import vn.tinradar.common.event.WatchRequest;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;

/** The re-check service on a real broker as the integration tests drive it: start it, send watches, read results. */
record RecheckRig(Topics topics, TestBroker broker, MutableClock clock) {

    RecheckService start(IngestConfig config, SourceRegistry registry) {
        return new RecheckService(config, registry, new Fetcher(config, IngestMetrics.noop(), clock), topics,
                broker.kafka(), new SimpleMeterRegistry(), clock).start();
    }

    /** Writes {@code w} to {@code ingest.watch}, as alerts do for each article of an alert. */
    void watch(WatchRequest w) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(broker.kafka(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.watch.name(), w.key(),
                    topics.watch.valueSerde().serializer().serialize(topics.watch.name(), w)));
        }
    }

    /** Every edit and takedown found so far, in the order found. */
    List<ArticleChange> changes() {
        return broker.readAll(topics.articleChanges.name()).stream()
                .map(r -> topics.articleChanges.valueSerde().deserializer().deserialize(r.topic(),
                        r.value().getBytes(StandardCharsets.UTF_8)))
                .sorted(Comparator.comparing(ArticleChange::detectedAt)).toList();
    }

    List<ArticleRevision> revisions() {
        return broker.readAll(topics.revisions.name()).stream()
                .map(r -> topics.revisions.valueSerde().deserializer().deserialize(r.topic(),
                        r.value().getBytes(StandardCharsets.UTF_8))).toList();
    }
}
