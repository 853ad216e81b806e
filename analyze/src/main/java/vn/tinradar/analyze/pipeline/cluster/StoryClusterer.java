package vn.tinradar.analyze.pipeline.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.analyze.score.suspicion.ClaimSignals;
import vn.tinradar.analyze.score.suspicion.SpreadSpeedSignal;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.kafka.JsonSerde;

/**
 * Links near-verbatim copies to the earliest copy and groups articles about one event into stories.
 *
 * <p>Input: scored articles, all on ONE partition (the topology repartitions through {@value #REPARTITION} with
 * a single partition), because any article may match any other. This is what keeps clustering correct when
 * several analyze instances run: with the articles spread over partitions, two copies of one text or two reports
 * of one event would sit in different tasks, possibly on different machines, and never meet; a single partition
 * means exactly one task in the whole application owns all stories, in one arrival order, and Kafka Streams
 * moves that task (with its logged stores) to another instance when its owner stops. The heavy work (scoring
 * before, indexing after) stays parallel over all partitions and instances. Output: {@link Clustered} (the article
 * with {@code storyId}/{@code duplicateOf}, its story, and the stories it showed to be the same event).
 *
 * <p>A copy is a body whose MinHash similarity reaches {@code near-duplicate-similarity}; the same event is a
 * headline scoring {@code story-similarity} in {@link EventSimilarity}; articles naming only different communes or
 * wards are neither. An article joins the story of its best match; when it matches members of two or more stories
 * (a bridging report), those stories merge into the one first seen earliest.
 *
 * <p>State: {@value #MEMBERS_STORE} (article id → features, for the story window of stream time),
 * {@value #STORIES_STORE} (story id → members, dropped two windows after its last change) and {@value #MERGES_STORE}
 * (absorbed story id → the story it joined, kept as long). All are logged; the in-memory candidate index is rebuilt
 * from the members store when the task starts.
 */
public final class StoryClusterer implements Processor<String, ScoredArticle, String, Clustered> {

    public static final String REPARTITION = "story-clustering";
    public static final String MEMBERS_STORE = "story-cluster-members";
    public static final String STORIES_STORE = "story-aggregates";
    public static final String MERGES_STORE = "story-merges";
    private static final Logger LOG = LoggerFactory.getLogger(StoryClusterer.class);

    private final AnalyzeConfig config;
    private final AnalyzeMetrics metrics;
    private final MinHash minHash = new MinHash();
    private final StorySignals signals;
    private ProcessorContext<String, Clustered> context;
    private KeyValueStore<String, ClusterMember> membersStore;
    private KeyValueStore<String, StoryState> storiesStore;
    private KeyValueStore<String, StoryMerge> mergesStore;
    private final Map<String, ClusterMember> members = new LinkedHashMap<>();
    private final Map<Long, Set<String>> bands = new HashMap<>();
    private final Map<String, String> byHash = new HashMap<>();
    /** Headline pair → members whose headline has it: the candidates of the same-event search. */
    private final PairPostings byPair = new PairPostings();
    private final EventSimilarity similarity = new EventSimilarity();

    public StoryClusterer(AnalyzeConfig config, AnalyzeMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.signals = StorySignals.from(config);
    }

    public static ProcessorSupplier<String, ScoredArticle, String, Clustered> supplier(AnalyzeConfig config,
                                                                                    AnalyzeMetrics metrics) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ScoredArticle, String, Clustered> get() {
                return new StoryClusterer(config, metrics);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS_STORE), Serdes.String(),
                                new JsonSerde<>(ClusterMember.class)),
                        // cached: a growing story is rewritten per article, its changelog once per commit
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE), Serdes.String(),
                                new JsonSerde<>(StoryState.class)).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MERGES_STORE), Serdes.String(),
                                new JsonSerde<>(StoryMerge.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Clustered> context) {
        this.context = context;
        this.membersStore = context.getStateStore(MEMBERS_STORE);
        this.storiesStore = context.getStateStore(STORIES_STORE);
        this.mergesStore = context.getStateStore(MERGES_STORE);
        // stores are restored before init: rebuild the candidate index from them
        try (KeyValueIterator<String, ClusterMember> it = membersStore.all()) {
            it.forEachRemaining(kv -> index(kv.value));
        }
        context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::evict);
    }

    @Override
    public void process(Record<String, ScoredArticle> record) {
        ScoredArticle scored = record.value();
        try {
            context.forward(record.withValue(cluster(scored, record.timestamp())));
        } catch (RuntimeException e) {
            // a clustering bug must not stop the pipeline: the article goes on as a story of its own
            LOG.warn("event=cluster-failed article={} error={}", scored.id(), e.toString());
            metrics.failure("cluster");
            context.forward(record.withValue(new Clustered(scored.withStory("s-" + scored.id(), null), null,
                    List.of())));
        }
    }

    private Clustered cluster(ScoredArticle scored, long now) {
        Article a = scored.article();
        List<String> mergedAway = new ArrayList<>();
        TextFeatures features = TextFeatures.of(a, minHash, scored.places());
        List<String> localPlaces = localPlaces(scored);
        Instant published = a.published().toInstant();
        ClusterMember known = members.get(a.id());
        String storyId;
        String root;
        if (known != null) {
            // an updated article stays where it was: moving it would rewrite two stories' history
            storyId = known.storyId();
            root = known.root();
        } else {
            // a copy links to its original's story AND, like any report, to every story of the same event: each
            // link is judged on the two articles alone, so the stories are the same whatever order they came in
            List<ClusterMember> copied = copiedMembers(a, features, published, localPlaces);
            ClusterMember original = copied.isEmpty() ? null : copied.get(0);
            Set<String> linked = new LinkedHashSet<>();
            copied.forEach(m -> linked.add(m.storyId()));
            linked.addAll(sameEventStories(a.id(), features, published, localPlaces).keySet());
            storyId = linked.isEmpty() ? "s-" + a.id()
                    : linked.size() == 1 ? linked.iterator().next()
                    : merge(List.copyOf(linked), now, mergedAway);
            root = original != null ? original.root() : a.id();
        }
        boolean copy = !root.equals(a.id());
        if (copy) {
            metrics.article(AnalyzeMetrics.Stage.COPY);
        }
        remember(new ClusterMember(a.id(), storyId, root, a.sourceId(), published, now, a.contentHash(), features,
                localPlaces));
        ScoredArticle out = scored.withStory(storyId, copy ? root : null);
        StoryState state = storiesStore.get(storyId);
        boolean created = state == null;
        state = (created ? new StoryState(storyId, List.of(), now) : state).with(member(out, root, copy), now);
        storiesStore.put(storyId, state);
        metrics.story(created);
        return new Clustered(out, state.toStory(signals, config.storyRecentArticles()), mergedAway);
    }

    /** The articles this one is a near-verbatim copy of (or that copy it), earliest-published first. */
    private List<ClusterMember> copiedMembers(Article a, TextFeatures features, Instant published,
                                              List<String> localPlaces) {
        Set<String> candidates = new HashSet<>();
        String sameHash = byHash.get(a.contentHash());
        if (sameHash != null) {
            candidates.add(sameHash);
        }
        if (features.copyComparable()) {
            for (long key : MinHash.bandKeys(features.signature())) {
                candidates.addAll(bands.getOrDefault(key, Set.of()));
            }
        }
        List<ClusterMember> copied = new ArrayList<>();
        for (String id : candidates) {
            ClusterMember m = members.get(id);
            if (m == null || m.id().equals(a.id()) || !withinWindow(m, published) || m.differentPlaces(localPlaces)) {
                continue;
            }
            boolean identical = m.contentHash() != null && m.contentHash().equals(a.contentHash());
            boolean near = features.copyComparable() && m.features().copyComparable()
                    && MinHash.similarity(m.features().signature(), features.signature())
                    >= config.nearDuplicateSimilarity();
            if (identical || near) {
                copied.add(m);
            }
        }
        copied.sort(Comparator.comparing(ClusterMember::published).thenComparing(ClusterMember::id));
        return copied;
    }

    /**
     * The stories with a member whose headline is like this one's, at or above the story threshold: story id →
     * the best member of it and its score, best first.
     */
    private Map<String, ClusterMember> sameEventStories(String id, TextFeatures features, Instant published,
                                                        List<String> localPlaces) {
        Map<String, ClusterMember> bestOfStory = new HashMap<>();
        Map<String, Double> scoreOfStory = new HashMap<>();
        EventSimilarity.Weighted headline = EventSimilarity.weigh(features);
        for (String candidate : byPair.sharingAtLeast(features.headlinePairs(), EventSimilarity.MIN_SHARED_PAIRS)) {
            ClusterMember m = members.get(candidate);
            if (m == null || m.id().equals(id) || !withinWindow(m, published) || m.differentPlaces(localPlaces)) {
                continue;
            }
            double score = similarity.score(headline, m.features());
            if (score >= config.storySimilarity() && score > scoreOfStory.getOrDefault(m.storyId(), -1.0)) {
                bestOfStory.put(m.storyId(), m);
                scoreOfStory.put(m.storyId(), score);
            }
        }
        Map<String, ClusterMember> ordered = new LinkedHashMap<>();
        scoreOfStory.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), bestOfStory.get(e.getKey())));
        return ordered;
    }

    /**
     * An article that reports the event of two or more stories bridges them: they were one event all along. The
     * story first seen earliest absorbs the others, whose members move to it; the absorbed ids are remembered in
     * {@value #MERGES_STORE} so links to them still resolve, and are returned for tombstones on {@code stories}.
     */
    private String merge(List<String> storyIds, long now, List<String> mergedAway) {
        List<StoryState> states = new ArrayList<>();
        for (String id : storyIds) {
            StoryState st = storiesStore.get(id);
            if (st != null && !st.members().isEmpty()) {
                states.add(st);
            }
        }
        if (states.isEmpty()) {
            return storyIds.get(0);
        }
        states.sort(Comparator.comparing(StoryState::firstSeen).thenComparing(StoryState::id));
        StoryState survivor = states.get(0);
        for (StoryState other : states.subList(1, states.size())) {
            survivor = survivor.absorb(other, now);
            storiesStore.delete(other.id());
            mergesStore.put(other.id(), new StoryMerge(other.id(), survivor.id(), Instant.ofEpochMilli(now)));
            for (StoryMember m : other.members()) {
                ClusterMember cm = members.get(m.id());
                if (cm != null) {
                    ClusterMember moved = cm.inStory(survivor.id());
                    members.put(moved.id(), moved);
                    membersStore.put(moved.id(), moved);
                }
            }
            mergedAway.add(other.id());
            metrics.storiesMerged();
            LOG.info("event=stories-merged into={} from={} members={}", survivor.id(), other.id(),
                    other.members().size());
        }
        storiesStore.put(survivor.id(), survivor);
        return survivor.id();
    }

    /** Communes and wards: the places precise enough to tell two events apart. */
    private static List<String> localPlaces(ScoredArticle s) {
        if (s.places() == null) {
            return List.of();
        }
        return s.places().stream().filter(p -> p.id() != null
                        && ("commune".equals(p.level()) || "ward".equals(p.level())))
                .map(p -> p.id()).distinct().toList();
    }

    private boolean withinWindow(ClusterMember m, Instant published) {
        return Duration.between(m.published(), published).abs().compareTo(config.storyWindow()) <= 0;
    }

    private void remember(ClusterMember m) {
        forget(m.id());
        membersStore.put(m.id(), m);
        index(m);
    }

    private void index(ClusterMember m) {
        members.put(m.id(), m);
        if (m.contentHash() != null) {
            byHash.putIfAbsent(m.contentHash(), m.id());
        }
        if (m.features().copyComparable()) {
            for (long key : MinHash.bandKeys(m.features().signature())) {
                bands.computeIfAbsent(key, k -> new HashSet<>()).add(m.id());
            }
        }
        byPair.add(m.id(), m.features().headlinePairs());
    }

    private void forget(String id) {
        ClusterMember m = members.remove(id);
        if (m == null) {
            return;
        }
        byHash.remove(m.contentHash(), id);
        byPair.remove(id, m.features().headlinePairs());
        for (long key : MinHash.bandKeys(m.features().signature())) {
            Set<String> ids = bands.get(key);
            if (ids != null && ids.remove(id) && ids.isEmpty()) {
                bands.remove(key);
            }
        }
    }

    private void evict(long streamTime) {
        long memberHorizon = streamTime - config.storyWindow().toMillis();
        List<String> old = new ArrayList<>();
        members.values().stream().filter(m -> m.clusteredAt() < memberHorizon).forEach(m -> old.add(m.id()));
        for (String id : old) {
            forget(id);
            membersStore.delete(id);
        }
        long storyHorizon = streamTime - 2 * config.storyWindow().toMillis();
        List<String> quiet = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> it = storiesStore.all()) {
            while (it.hasNext()) {
                KeyValue<String, StoryState> kv = it.next();
                if (kv.value.updatedAt() < storyHorizon) {
                    quiet.add(kv.key);
                }
            }
        }
        quiet.forEach(storiesStore::delete);
        List<String> oldMerges = new ArrayList<>();
        try (KeyValueIterator<String, StoryMerge> it = mergesStore.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.at() == null || kv.value.at().toEpochMilli() < storyHorizon) {
                    oldMerges.add(kv.key);
                }
            });
        }
        oldMerges.forEach(mergesStore::delete);
    }

    private static List<Signal> claimSignals(ScoredArticle s) {
        if (s.suspicion() == null || s.suspicion().signals() == null) {
            return List.of();
        }
        return s.suspicion().signals().stream().filter(g -> ClaimSignals.DEBUNKED.equals(g.name())).toList();
    }

    private static Signal fastSpread(ScoredArticle s) {
        if (s.suspicion() == null) {
            return null;
        }
        return s.suspicion().signals().stream().filter(g -> SpreadSpeedSignal.NAME.equals(g.name())).findFirst()
                .orElse(null);
    }

    private static StoryMember member(ScoredArticle s, String root, boolean copy) {
        Article a = s.article();
        List<String> topics = s.topics() == null ? List.of() : s.topics().stream().map(TopicScore::label).toList();
        return new StoryMember(a.id(), a.title(), a.url(), a.sourceId(), a.sourceName(), a.tier(),
                a.published().toInstant(), root, copy, s.sentiment() != null && s.sentiment().isNegative(),
                s.suspicion() == null ? 0 : s.suspicion().score(), topics,
                s.places() == null ? List.of() : s.places(), claimSignals(s),
                a.post() == null ? null : a.post().platform(), fastSpread(s));
    }
}
