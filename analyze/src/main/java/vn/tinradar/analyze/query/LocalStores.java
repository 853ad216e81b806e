package vn.tinradar.analyze.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.pipeline.cluster.StoryClusterer;
import vn.tinradar.analyze.pipeline.cluster.StorySignals;
import vn.tinradar.analyze.pipeline.cluster.StoryState;
import vn.tinradar.analyze.pipeline.index.ArticleIndexStore;
import vn.tinradar.analyze.pipeline.index.IndexingProcessor;
import vn.tinradar.analyze.pipeline.index.LocalShards;
import vn.tinradar.analyze.pipeline.index.StoredArticle;
import vn.tinradar.analyze.pipeline.trends.TrendWindow;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;

/**
 * What this instance's own stores hold (interactive queries): articles, stories (following merges), the latest
 * trends of both windows, the Lucene shards, and any store by name. A store that is not here, or moved away
 * while being read (rebalance), reads as empty.
 */
public final class LocalStores {

    private final Supplier<KafkaStreams> streams;
    private final AnalyzeConfig config;
    private final StorySignals storySignals;

    public LocalStores(Supplier<KafkaStreams> streams, AnalyzeConfig config, StorySignals storySignals) {
        this.streams = streams;
        this.config = config;
        this.storySignals = storySignals;
    }

    /** Latest window first, then the burstiest, at most {@code limit}. */
    public static List<Trend> sortedTrends(List<Trend> trends, int limit) {
        return trends.stream().sorted(Comparator.comparing(Trend::windowEnd).reversed()
                        .thenComparing(Comparator.comparingDouble(Trend::burstScore).reversed()))
                .limit(Math.max(0, limit)).toList();
    }

    public Optional<ScoredArticle> article(String id) {
        try {
            return read(IndexingProcessor.ARTICLES_STORE, QueryableStoreTypes.<String, StoredArticle>keyValueStore())
                    .map(store -> store.get(id)).map(StoredArticle::article);
        } catch (InvalidStateStoreException e) {
            return Optional.empty(); // the partition is not (or no longer) here
        }
    }

    public Optional<Story> story(String id) {
        try {
            return resolveStory(id);
        } catch (InvalidStateStoreException e) {
            return Optional.empty(); // the clustering task is not (or no longer) here
        }
    }

    private Optional<Story> resolveStory(String id) {
        Optional<ReadOnlyKeyValueStore<String, StoryMerge>> merges = read(StoryClusterer.MERGES_STORE,
                QueryableStoreTypes.keyValueStore());
        String resolved = merges.isEmpty() ? id : StoryMerge.current(id, merges.get()::get);
        return read(StoryClusterer.STORIES_STORE, QueryableStoreTypes.<String, StoryState>keyValueStore())
                .map(store -> store.get(resolved))
                .map(s -> s.toStory(storySignals, config.storyRecentArticles()));
    }

    public List<Story> stories(int limit) {
        List<StoryState> states = values(StoryClusterer.STORIES_STORE);
        return states.stream().sorted(Comparator.comparingLong(StoryState::updatedAt).reversed())
                .limit(Math.max(0, limit)).map(s -> s.toStory(storySignals, config.storyRecentArticles())).toList();
    }

    public List<Trend> trends(int limit) {
        List<Trend> all = new ArrayList<>();
        for (TrendWindow w : TrendWindow.of(config)) {
            all.addAll(this.<Trend>values(w.latestStore()));
        }
        return sortedTrends(all, limit);
    }

    public LocalShards shards() {
        return () -> {
            KafkaStreams running = streams.get();
            if (running == null) {
                throw new IllegalStateException("analyze service is not started");
            }
            try {
                return running.store(StoreQueryParameters.fromNameAndType(IndexingProcessor.INDEX_STORE,
                        ArticleIndexStore.QUERYABLE)).shards();
            } catch (InvalidStateStoreException e) {
                throw new IllegalStateException("search index is not open yet (analyze is " + running.state() + ")",
                        e);
            }
        };
    }

    private <V> List<V> values(String storeName) {
        List<V> out = new ArrayList<>();
        read(storeName, QueryableStoreTypes.<String, V>keyValueStore()).ifPresent(store -> {
            try (KeyValueIterator<String, V> it = store.all()) {
                it.forEachRemaining(kv -> out.add(kv.value));
            } catch (InvalidStateStoreException e) {
                // the store's tasks moved away between finding and reading it: nothing of it here
                out.clear();
            }
        });
        return out;
    }

    public <T> Optional<T> read(String storeName, QueryableStoreType<T> type) {
        KafkaStreams running = streams.get();
        if (running == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(running.store(StoreQueryParameters.fromNameAndType(storeName, type)));
        } catch (InvalidStateStoreException e) {
            // starting or rebalancing: nothing to read on this instance right now
            return Optional.empty();
        }
    }
}
