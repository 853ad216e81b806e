package vn.tinradar.analyze.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import vn.tinradar.analyze.pipeline.index.IndexingProcessor;
import vn.tinradar.analyze.pipeline.index.StoredArticle;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.JsonSerde;
import vn.tinradar.common.kafka.Topics;

/**
 * Fills an analyze application's article state without running the topology: writes each scored article to
 * {@code articles.scored} and, for the same partition, the record the indexing step would have written to the
 * changelog of {@value IndexingProcessor#ARTICLES_STORE} (the article with its input offset, in the store's own
 * serde), then commits the application's group offsets of {@code articles.scored} at its end, as if every article
 * had been processed. Stores of the other steps (dedup, stories, trends) stay empty: they are bounded by windows,
 * while the articles store grows with every article kept.
 */
final class DirectStateFill {

    private final Properties kafka;
    private final Topics topics;
    private final String applicationId;
    private final int partitions;

    DirectStateFill(Properties kafka, Topics topics, String applicationId, int partitions) {
        this.kafka = kafka;
        this.topics = topics;
        this.applicationId = applicationId;
        this.partitions = partitions;
    }

    /** The changelog Streams names for the articles store: {@code <application id>-<store>-changelog}. */
    String articlesChangelog() {
        return applicationId + "-" + IndexingProcessor.ARTICLES_STORE + "-changelog";
    }

    /** Writes the articles and their changelog records; returns the offsets committed for the application. */
    Map<TopicPartition, OffsetAndMetadata> fill(BenchArticles articles) throws Exception {
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(articlesChangelog(), partitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        }
        String scoredTopic = topics.articlesScored.name();
        var scoredSerde = topics.articlesScored.valueSerde().serializer();
        var storedSerde = new JsonSerde<>(StoredArticle.class).serializer();
        long[] next = new long[partitions];
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            articles.forEach(scored -> {
                byte[] key = scored.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                // the default partitioner's choice for a keyed record, so the changelog partition is the task's
                int partition = Utils.toPositive(Utils.murmur2(key)) % partitions;
                // one idempotent producer, nothing else writing: the n-th record of a partition gets offset n
                long offset = next[partition]++;
                producer.send(new ProducerRecord<>(scoredTopic, partition, key,
                        scoredSerde.serialize(scoredTopic, scored)));
                producer.send(new ProducerRecord<>(articlesChangelog(), partition, key,
                        storedSerde.serialize(articlesChangelog(), new StoredArticle(offset, scored))));
            });
            producer.flush();
        }
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        try (Admin admin = Admin.create(kafka)) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (int i = 0; i < partitions; i++) {
                ends.put(new TopicPartition(scoredTopic, i), OffsetSpec.latest());
            }
            var found = admin.listOffsets(ends).all().get();
            for (int i = 0; i < partitions; i++) {
                TopicPartition tp = new TopicPartition(scoredTopic, i);
                long end = found.get(tp).offset();
                if (end != next[i]) {
                    throw new IllegalStateException(tp + " ends at " + end + " but " + next[i]
                            + " records were written: the changelog's offsets would not match the input's");
                }
                committed.put(tp, new OffsetAndMetadata(end));
            }
            admin.alterConsumerGroupOffsets(applicationId, committed).all().get();
        }
        return committed;
    }
}
