package vn.tinradar.deploy.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.suspicion.ClaimSignals;
import vn.tinradar.common.concurrent.DaemonScheduler;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;

/**
 * Keeps every open incident collecting the articles of its stories: each sweep reads each followed story as the
 * "Sự kiện" tab does (an absorbed story resolves to the one it joined), adds the articles not yet collected with
 * their tone and the reviewed false claims they repeat, and follows the stories those articles came from (a story
 * merged in later) and the one a followed story was merged into. A story lists only its most recent articles
 * ({@code analyze.story-recent-articles}), so each sweep also pages through every article scored since the last one
 * ({@link ScoredArticleFeed}, up to {@value #FEED_PAGE} a sweep, the rest the next) and keeps those of a followed
 * story: a burst larger than the story's list loses none. A page that could not be stored comes again. An incident
 * keeps at most {@value #MAX_ARTICLES} articles (its record stays well under Kafka's message size).
 */
public final class IncidentCollector implements AutoCloseable {

    static final int MAX_ARTICLES = 2_000;
    static final int FEED_PAGE = 5_000;
    /** Articles reach the topic after they were published: the feed goes back this much further than a story. */
    private static final Duration FEED_MARGIN = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(IncidentCollector.class);

    private final IncidentService incidents;
    private final StoryArticles stories;
    private final ScoredArticleFeed feed;
    private final Clock clock;
    private volatile Instant feedNeededFrom;
    private final ScheduledExecutorService scheduler = DaemonScheduler.named("incident-collector");

    /** @param feed every scored article in order; {@link ScoredArticleFeed#NONE} to rely on the stories' lists */
    public IncidentCollector(IncidentService incidents, StoryArticles stories, ScoredArticleFeed feed, Clock clock) {
        this.incidents = incidents;
        this.stories = stories;
        this.feed = feed;
        this.clock = clock;
    }

    public IncidentCollector start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One pass over every open incident, with the next page of the feed; returns how many articles were added. */
    public synchronized int sweep() {
        Instant needed = feedNeededFrom;
        if (needed != null) {
            feed.rewindTo(needed.minus(FEED_MARGIN));
        }
        List<ScoredArticle> page = feed.next(FEED_PAGE);
        int added = 0;
        try {
            for (Incident incident : incidents.list()) {
                if (incident.open()) {
                    added += collect(incident.id(), page);
                }
            }
        } catch (RuntimeException e) {
            feed.again();
            throw e;
        }
        return added;
    }

    /** Collects the new articles its stories list of one incident; returns how many were added. */
    public int collect(String incidentId) {
        return collect(incidentId, List.of());
    }

    private int collect(String incidentId, List<ScoredArticle> page) {
        int[] added = {0};
        incidents.update(incidentId, current -> {
            Incident next = withNewArticles(current, page);
            added[0] = next.articles().size() - current.articles().size();
            return next;
        });
        return added[0];
    }

    private Incident withNewArticles(Incident incident, List<ScoredArticle> page) {
        Set<String> followed = new LinkedHashSet<>(incident.storyIds());
        Set<String> have = new java.util.HashSet<>();
        incident.articles().forEach(a -> have.add(a.id()));
        Instant now = clock.instant();
        List<IncidentArticle> articles = new ArrayList<>();
        int toned = 0;
        for (IncidentArticle a : incident.articles()) {
            // collected before analyze's article store had it: its tone and claims are filled in once it has
            IncidentArticle known = a.tone() != null ? a : stories.article(a.id())
                    .map(s -> describe(ref(a), Optional.of(s), a.storyId(), a.collectedAt())).orElse(a);
            toned += known == a ? 0 : 1;
            articles.add(known);
        }
        for (String storyId : List.copyOf(followed)) {
            Optional<Story> story = stories.story(storyId);
            if (story.isEmpty()) {
                continue;
            }
            followed.add(story.get().id());
            noteStart(story.get().firstSeen());
            for (ArticleRef ref : story.get().articles() == null ? List.<ArticleRef>of() : story.get().articles()) {
                if (articles.size() >= MAX_ARTICLES) {
                    LOG.warn("event=incident-full id={} articles={}", incident.id(), articles.size());
                    break;
                }
                if (ref.id() == null || !have.add(ref.id())) {
                    continue;
                }
                IncidentArticle a = describe(ref, stories.article(ref.id()), story.get().id(), now);
                articles.add(a);
                followed.add(a.storyId());
            }
        }
        Map<String, Boolean> followedNow = new HashMap<>();
        for (ScoredArticle s : page) {
            if (articles.size() >= MAX_ARTICLES) {
                LOG.warn("event=incident-full id={} articles={}", incident.id(), articles.size());
                break;
            }
            if (s.storyId() == null || have.contains(s.id()) || !isFollowed(s.storyId(), followed, followedNow)) {
                continue;
            }
            have.add(s.id());
            articles.add(describe(ArticleRef.of(s.article()),
                    Optional.of(s), s.storyId(), now));
            followed.add(s.storyId());
        }
        Incident next = incident;
        List<String> newStories = followed.stream().filter(id -> !incident.storyIds().contains(id)).toList();
        if (!newStories.isEmpty()) {
            next = next.withStories(List.copyOf(followed)).logged(new IncidentChange(IncidentChange.COLLECTOR, now,
                    "follow-story", String.join(", ", newStories)));
        }
        int added = articles.size() - incident.articles().size();
        if (added > 0 || toned > 0) {
            articles.sort(java.util.Comparator.comparing(IncidentArticle::published,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            next = next.withArticles(articles);
            // every stored change adds to the log: the book takes a record only when it continues the log it holds
            next = next.logged(new IncidentChange(IncidentChange.COLLECTOR, now, added > 0 ? "articles" : "tone",
                    added > 0 ? "+" + added : toned + " bài có sắc thái"));
            LOG.info("event=incident-articles-collected id={} added={} toned={} total={}", incident.id(), added, toned,
                    articles.size());
        }
        return next;
    }

    /** Whether an article of {@code storyId} belongs to the incident: a followed story, or one merged into one. */
    private boolean isFollowed(String storyId, Set<String> followed, Map<String, Boolean> known) {
        if (followed.contains(storyId)) {
            return true;
        }
        return known.computeIfAbsent(storyId, id -> stories.story(id).map(s -> followed.contains(s.id()))
                .orElse(false));
    }

    private static IncidentArticle describe(ArticleRef ref, Optional<ScoredArticle> scored, String storyId,
                                            Instant now) {
        Instant published = ref.published() == null ? null : ref.published().toInstant();
        if (scored.isEmpty()) {
            return new IncidentArticle(ref.id(), ref.title(), ref.linkableUrl(), ref.source(), published, storyId,
                    null, 0, List.of(), now);
        }
        ScoredArticle s = scored.get();
        return new IncidentArticle(ref.id(), ref.title(), ref.linkableUrl(), ref.source(), published,
                s.storyId() == null ? storyId : s.storyId(),
                s.sentiment() == null ? null : s.sentiment().label(), s.sentiment() == null ? 0 : s.sentiment().score(),
                falseClaims(s), now);
    }

    private static ArticleRef ref(IncidentArticle a) {
        return new ArticleRef(a.id(), a.title(), a.url(), a.source(), null,
                a.published() == null ? null : a.published().atOffset(java.time.ZoneOffset.UTC));
    }

    /** The claims its debunked-claim signals name, as the claim's own text (between the quotes of the evidence). */
    static List<String> falseClaims(ScoredArticle s) {
        if (s.suspicion() == null || s.suspicion().signals() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Signal signal : s.suspicion().signals()) {
            if (ClaimSignals.DEBUNKED.equals(signal.name())) {
                String claim = ClaimSignals.claimOf(signal.evidence());
                int open = claim.indexOf('“');
                int close = claim.indexOf('”', open + 1);
                out.add(open >= 0 && close > open ? claim.substring(open + 1, close) : claim);
            }
        }
        return out;
    }

    /** The feed must reach back to the start of every followed story, for those older than what it has read. */
    private void noteStart(Instant firstSeen) {
        if (firstSeen != null && (feedNeededFrom == null || firstSeen.isBefore(feedNeededFrom))) {
            feedNeededFrom = firstSeen;
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("event=incident-sweep-failed error=\"{}\"", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            // the feed is closed after this: its consumer must not be polled while it closes
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
