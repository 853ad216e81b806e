package vn.tinradar.common.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRevision;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.DraftPolicy;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.SavedSearch;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceStatus;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Tip;
import vn.tinradar.common.event.StoryMerge;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.common.event.WatchRequest;

/**
 * Every topic TinRadar reads or writes, declared once. All keys are strings; values are JSON records.
 *
 * <p>The prefix (default {@code tinradar.}) lets several installations share one cluster.
 */
public final class Topics {

    public static final String DEFAULT_PREFIX = "tinradar.";

    private static final Map<String, String> COMPACT = Map.of("cleanup.policy", "compact");

    public final Topic<String, Article> articlesRaw;
    public final Topic<String, ScoredArticle> articlesScored;
    public final Topic<String, Story> stories;
    /** Absorbed story id → the story it merged into, compacted: how an article's old story id resolves now. */
    public final Topic<String, StoryMerge> storyMerges;
    public final Topic<String, Trend> trends;
    public final Topic<String, Alert> alerts;
    public final Topic<String, Rejected> rejected;
    /** Health of each source (key: source id), compacted: what the source-health alert rule reads. */
    public final Topic<String, SourceStatus> sourceHealth;
    /** Crawl state per feed/URL (validators, next poll, seen items), compacted so a restart resumes. */
    public final Topic<String, String> crawlState;
    /** Delivery receipts per alert revision and channel, compacted, so nothing is sent twice after a restart. */
    public final Topic<String, String> deliveries;
    /** Reviewed claims (ClaimReview-shaped, key: claim id), compacted: staff manage them, analyze matches them. */
    public final Topic<String, Claim> claims;
    /** Saved searches per user (key: user|id), compacted: every instance lists them, a tombstone deletes one. */
    public final Topic<String, SavedSearch> savedSearches;
    /** Dashboard accounts managed by admins (key: account name), compacted: every instance signs them in. */
    public final Topic<String, UserAccount> users;
    /** Who changed which account and when (key: a unique change id), compacted, so no entry ever expires. */
    public final Topic<String, UserChange> usersAudit;
    /** Draft policies staff entered in the dashboard (key: policy id), compacted: the alerts rules follow them. */
    public final Topic<String, DraftPolicy> policies;
    /** Dashboard sessions signed out before they expired (key: session id, value: their expiry), compacted. */
    public final Topic<String, String> sessionsEnded;
    /** Agencies of the spokesperson network (key: agency id), compacted: admins manage them, alerts route to them. */
    public final Topic<String, Agency> agencies;
    /** Their spokespersons (key: person id), compacted: requests for an official response are mailed to them. */
    public final Topic<String, Spokesperson> spokespersons;
    /** Requests for an official response made from alerts (key: request id), compacted: the latest state of each. */
    public final Topic<String, ResponseRequest> responseRequests;
    /** Crisis workspaces (key: incident id), compacted: every instance shows them, each change rewrites the record. */
    public final Topic<String, Incident> incidents;
    /** Tips staff pasted (key: tip id), compacted: every instance lists them, each change rewrites the record. */
    public final Topic<String, Tip> tips;
    /** Articles to re-check after publication (key: article id|origin), compacted: alerts write, ingest reads. */
    public final Topic<String, WatchRequest> watch;
    /** Re-check schedule and last revision per watched article (key: article id), compacted so a restart resumes. */
    public final Topic<String, String> recheckState;
    /** Each kept revision of a watched article (key: article id|revision), compacted. */
    public final Topic<String, ArticleRevision> revisions;
    /** Silent edits and takedowns found by the re-checks (key: article id|revision), compacted: alerts read them. */
    public final Topic<String, ArticleChange> articleChanges;

    private final String prefix;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
        articlesRaw = topic("articles.raw", new JsonSerde<>(Article.class), Map.of());
        articlesScored = topic("articles.scored", new JsonSerde<>(ScoredArticle.class), Map.of());
        stories = topic("stories", new JsonSerde<>(Story.class), COMPACT);
        storyMerges = topic("stories.merges", new JsonSerde<>(StoryMerge.class), COMPACT);
        trends = topic("trends", new JsonSerde<>(Trend.class), Map.of());
        alerts = topic("alerts", new JsonSerde<>(Alert.class), COMPACT);
        rejected = topic("ingest.rejected", new JsonSerde<>(Rejected.class), Map.of());
        sourceHealth = topic("ingest.health", new JsonSerde<>(SourceStatus.class), COMPACT);
        crawlState = topic("ingest.state", Serdes.String(), COMPACT);
        deliveries = topic("alerts.deliveries", Serdes.String(), COMPACT);
        claims = topic("claims", new JsonSerde<>(Claim.class), COMPACT);
        savedSearches = topic("analyze.saved-searches", new JsonSerde<>(SavedSearch.class), COMPACT);
        users = topic("users", new JsonSerde<>(UserAccount.class), COMPACT);
        usersAudit = topic("users.audit", new JsonSerde<>(UserChange.class), COMPACT);
        sessionsEnded = topic("web.sessions.ended", Serdes.String(), COMPACT);
        agencies = topic("spokes.agencies", new JsonSerde<>(Agency.class), COMPACT);
        spokespersons = topic("spokes.persons", new JsonSerde<>(Spokesperson.class), COMPACT);
        responseRequests = topic("spokes.requests", new JsonSerde<>(ResponseRequest.class), COMPACT);
        incidents = topic("incidents", new JsonSerde<>(Incident.class), COMPACT);
        tips = topic("tips", new JsonSerde<>(Tip.class), COMPACT);
        policies = topic("policies", new JsonSerde<>(DraftPolicy.class), COMPACT);
        watch = topic("ingest.watch", new JsonSerde<>(WatchRequest.class), COMPACT);
        recheckState = topic("ingest.recheck", Serdes.String(), COMPACT);
        revisions = topic("ingest.revisions", new JsonSerde<>(ArticleRevision.class), COMPACT);
        articleChanges = topic("ingest.article-changes", new JsonSerde<>(ArticleChange.class), COMPACT);
    }

    public static Topics withDefaultPrefix() {
        return new Topics(DEFAULT_PREFIX);
    }

    public String prefix() {
        return prefix;
    }

    public List<Topic<String, ?>> all() {
        return List.of(articlesRaw, articlesScored, stories, storyMerges, trends, alerts, rejected, sourceHealth, crawlState,
                deliveries, claims, savedSearches, users, usersAudit, sessionsEnded, agencies, spokespersons,
                responseRequests, incidents, tips, policies, watch, recheckState, revisions, articleChanges);
    }

    private <V> Topic<String, V> topic(String name, org.apache.kafka.common.serialization.Serde<V> valueSerde,
                                       Map<String, String> config) {
        return new Topic<>(prefix + name, Serdes.String(), valueSerde, config);
    }
}
