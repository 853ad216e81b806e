package vn.tinradar.deploy.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.kafka.Topics;

/**
 * The {@code articles.scored} topic (key: article id, value: ScoredArticle) read by a consumer of its own, with no
 * group and no committed offsets: it starts at the records written from a given time on (a restart starts again
 * from the open incidents' earliest article, and the collector skips what it has). Only the collector's thread calls
 * it. A record that does not parse is logged once and skipped.
 */
public final class KafkaScoredArticleFeed implements ScoredArticleFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaScoredArticleFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Topics topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> pageStart = new HashMap<>();
    private Instant origin;

    /** @param from the time of the first records to read */
    public KafkaScoredArticleFeed(Topics topics, Properties kafka, Instant from) {
        this.topics = topics;
        Properties c = new Properties();
        c.putAll(kafka);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, topics.prefix() + "incident-collector");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> infos = consumer.partitionsFor(topics.articlesScored.name(), READ_TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topics.articlesScored.name()
                    + " does not exist: incidents cannot collect articles");
        }
        infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        consumer.assign(partitions);
        this.origin = from;
        seek(from);
    }

    @Override
    public List<ScoredArticle> next(int max) {
        partitions.forEach(tp -> pageStart.put(tp, consumer.position(tp)));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
        List<ScoredArticle> out = new ArrayList<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (out.size() < max && behind(end) && System.nanoTime() < deadline) {
            Map<TopicPartition, Long> unread = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                if (out.size() < max) {
                    read(r, out);
                } else {
                    // past the page: these come with the next one
                    unread.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
                }
            }
            unread.forEach(consumer::seek);
        }
        return out;
    }

    @Override
    public void again() {
        pageStart.forEach(consumer::seek);
    }

    @Override
    public void rewindTo(Instant from) {
        if (from != null && from.isBefore(origin)) {
            LOG.info("event=incident-feed-rewound from={} was={}", from, origin);
            origin = from;
            seek(from);
        }
    }

    private boolean behind(Map<TopicPartition, Long> end) {
        return partitions.stream().anyMatch(tp -> consumer.position(tp) < end.getOrDefault(tp, 0L));
    }

    private void seek(Instant from) {
        Map<TopicPartition, Long> at = new HashMap<>();
        partitions.forEach(tp -> at.put(tp, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(at, READ_TIMEOUT);
        List<TopicPartition> none = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp o = found.get(tp);
            if (o == null) {
                none.add(tp);
            } else {
                consumer.seek(tp, o.offset());
            }
        }
        // nothing written since then on these partitions: start at their end
        consumer.seekToEnd(none);
        none.forEach(consumer::position);
    }

    private void read(ConsumerRecord<String, byte[]> r, List<ScoredArticle> out) {
        if (r.value() == null) {
            return;
        }
        try {
            out.add(topics.articlesScored.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        } catch (RuntimeException e) {
            LOG.warn("event=incident-feed-record-skipped topic={} partition={} offset={} key={} error=\"{}\"",
                    r.topic(), r.partition(), r.offset(), r.key(), e.getMessage());
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
