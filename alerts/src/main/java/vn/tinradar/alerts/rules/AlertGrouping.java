package vn.tinradar.alerts.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Signal;

/**
 * Folds findings into alerts: one alert per group (rule + story, or rule + topic + place), updated with a
 * higher revision when it grows. A finding that adds nothing (a re-delivered record) yields no new revision,
 * so replays never produce a second alert or a spurious update. A group quiet for longer than
 * {@code regroupAfter}, or whose alert the rule itself resolved (a clearing finding), starts a fresh alert with
 * its own id (the next generation); a previous alert still firing then is resolved as replaced ({@link #replaced}),
 * so a group never has two firing alerts (issue 14: the demo draft's coverage, quiet for three days and then
 * negative again, fired a second "Dư luận tiêu cực" alert beside the first). A finding that carries another group's
 * alert (its stories merged) makes a group without a live alert take that alert over as its next revision.
 */
public final class AlertGrouping {

    /**
     * What the grouping store keeps per group: the latest alert, which generation of the group it is, and the rank
     * of the finding whose wording the alert shows.
     */
    public record GroupState(int generation, Alert alert, double rank) {
    }

    /** Signal of an alert resolved because a new generation of its group replaced it: names the new alert. */
    public static final String REPLACED = "replaced";
    /** Signal naming another finding folded into the alert: its title, as that finding would have worded it. */
    public static final String ALSO_FOUND = "also-found";
    private static final int MAX_ALSO_FOUND = 12;

    private final int maxArticles;
    private final Duration regroupAfter;

    public AlertGrouping(int maxArticles, Duration regroupAfter) {
        if (maxArticles <= 0) {
            throw new IllegalArgumentException("maxArticles must be > 0 but was " + maxArticles);
        }
        this.maxArticles = maxArticles;
        this.regroupAfter = regroupAfter;
    }

    /** The group's new state, or empty when the finding changes nothing. */
    public Optional<GroupState> apply(GroupState previous, Finding f, Instant now) {
        if (f.handsOver()) {
            return handOver(previous, f.carried());
        }
        boolean adopted = adopts(previous, f);
        if (adopted) {
            previous = new GroupState(previous == null ? 0 : previous.generation(), f.carried(), 0);
        }
        if (f.clears()) {
            // a finding that is over ends only an alert it worded: a story's own spread alert stays when a burst
            // that joined it turns out to be about another story
            return previous == null || previous.alert().status() == AlertStatus.RESOLVED
                    || !f.rule().equals(previous.alert().rule()) ? Optional.empty()
                    : Optional.of(new GroupState(previous.generation(), cleared(previous.alert(), f, now),
                    previous.rank()));
        }
        if (previous == null) {
            return Optional.of(new GroupState(0, fresh(id(f.groupKey(), 0), f, now), f.rank()));
        }
        Alert old = previous.alert();
        boolean over = old.status() == AlertStatus.RESOLVED
                || f.seenTo() != null && old.lastSeen() != null && f.seenTo().isAfter(old.lastSeen().plus(regroupAfter));
        if (over) {
            int generation = previous.generation() + 1;
            return Optional.of(new GroupState(generation, fresh(id(f.groupKey(), generation), f, now), f.rank()));
        }
        List<ArticleRef> articles = mergeArticles(old.articles(), f.articles());
        // the story-spread rule judging the alert's story again gives the story's new verdict; when that rule also
        // worded the alert, official press taking up a story first seen on forums takes back "nghi sai sự thật", its
        // urgency and its rank with it (a burst is about one place or topic of the story, and never does)
        boolean newVerdict = StorySpreadRule.NAME.equals(f.rule()) && f.storyId() != null
                && f.storyId().equals(old.storyId());
        boolean rejudged = newVerdict && StorySpreadRule.NAME.equals(old.rule());
        var severity = rejudged || f.severity().compareTo(old.severity()) > 0 ? f.severity() : old.severity();
        Instant firstSeen = min(old.firstSeen(), f.seenFrom());
        Instant lastSeen = max(old.lastSeen(), f.seenTo());
        // an earlier window arriving late, or a weaker finding about the same thing (another place or topic of the
        // same story), may add articles, but must not turn the wording back in time or down in strength
        boolean keepWording = !rejudged && (f.seenTo() != null && old.lastSeen() != null
                && f.seenTo().isBefore(old.lastSeen()) || f.rank() < previous.rank());
        String title = keepWording ? old.title() : f.title();
        String summary = keepWording ? old.summary() : f.summary();
        // a new verdict replaces the old one's signals, whichever rule words the alert; bursts' signals and what was
        // also found stay
        List<Signal> oldSignals = newVerdict ? old.signals().stream().filter(s -> !StorySpreadRule.owns(s)).toList()
                : old.signals();
        List<Signal> signals = keepWording ? combined(oldSignals, f.signals(), f.title(), old.title())
                : combined(f.signals(), oldSignals, old.title(), f.title());
        boolean changed = !articles.equals(old.articles()) || severity != old.severity()
                || !signals.equals(old.signals()) || !title.equals(old.title())
                || !summary.equals(old.summary()) || !java.util.Objects.equals(lastSeen, old.lastSeen())
                || !java.util.Objects.equals(firstSeen, old.firstSeen()) || adopted;
        if (!changed) {
            return Optional.empty();
        }
        Alert next = new Alert(Alert.VERSION, old.id(), keepWording ? old.rule() : f.rule(), severity, AlertStatus.FIRING,
                title, summary,
                keepWording ? old.suggestedAction() : f.suggestedAction(), signals, articles,
                f.storyId() != null ? f.storyId() : old.storyId(), keepWording ? old.topic() : f.topic(),
                keepWording ? old.place() : f.place(), firstSeen, lastSeen, now, old.revision() + 1, null, null);
        return Optional.of(new GroupState(previous.generation(), next,
                rejudged ? f.rank() : Math.max(previous.rank(), f.rank())));
    }

    /**
     * Whether the group takes over the alert {@code f} carries from the group it left (their stories merged): only a
     * group without a live alert of its own does, so it never holds two; otherwise the finding just joins its alert.
     */
    private static boolean adopts(GroupState previous, Finding f) {
        return f.carried() != null && !f.clears() && f.carried().status() != AlertStatus.RESOLVED
                && (previous == null || previous.alert().status() == AlertStatus.RESOLVED);
    }

    /**
     * The group after its alert was handed over to another group: kept as over (resolved) in this group's store only,
     * never forwarded, since the alert lives on under the same id in the other group; a later finding here starts
     * the group's next generation without resolving it.
     */
    private static Optional<GroupState> handOver(GroupState previous, Alert handed) {
        // a group that has moved on to another alert since the hand-over was decided keeps it
        if (previous == null || previous.alert().status() == AlertStatus.RESOLVED
                || !previous.alert().id().equals(handed.id())) {
            return Optional.empty();
        }
        Alert a = previous.alert();
        return Optional.of(new GroupState(previous.generation(), new Alert(a.v(), a.id(), a.rule(), a.severity(),
                AlertStatus.RESOLVED, a.title(), a.summary(), a.suggestedAction(), a.signals(), a.articles(),
                a.storyId(), a.topic(), a.place(), a.firstSeen(), a.lastSeen(), a.updatedAt(), a.revision(),
                a.ackBy(), a.ackAt()), previous.rank()));
    }

    /**
     * The signals of the finding whose wording the alert shows, then those of the other finding it does not have, and
     * one {@value #ALSO_FOUND} line per other finding of the group (another place, topic or rule about the same
     * event), so the one alert of an event keeps every reason it was raised for.
     */
    private static List<Signal> combined(List<Signal> shown, List<Signal> other, String otherTitle, String title) {
        Map<String, Signal> byName = new LinkedHashMap<>();
        List<Signal> also = new ArrayList<>();
        for (Signal s : shown == null ? List.<Signal>of() : shown) {
            if (ALSO_FOUND.equals(s.name())) {
                also.add(s);
            } else {
                byName.putIfAbsent(s.name(), s);
            }
        }
        for (Signal s : other == null ? List.<Signal>of() : other) {
            if (ALSO_FOUND.equals(s.name())) {
                also.add(s);
            } else {
                byName.putIfAbsent(s.name(), s);
            }
        }
        if (otherTitle != null && !otherTitle.equals(title)) {
            also.add(new Signal(ALSO_FOUND, 1, otherTitle));
        }
        List<Signal> out = new ArrayList<>(byName.values());
        also.stream().filter(s -> !s.evidence().equals(title)).map(Signal::evidence).distinct().limit(MAX_ALSO_FOUND)
                .forEach(e -> out.add(new Signal(ALSO_FOUND, 1, e)));
        return List.copyOf(out);
    }

    /**
     * The alert of {@code previous}, resolved, when {@code next} starts a new generation of the group while it is
     * still firing; empty otherwise. Forwarded before the new alert, it leaves one firing alert per group.
     */
    public Optional<Alert> replaced(GroupState previous, GroupState next, Instant now) {
        if (previous == null || next.generation() <= previous.generation()
                || previous.alert().status() != AlertStatus.FIRING) {
            return Optional.empty();
        }
        Alert old = previous.alert();
        List<Signal> signals = new ArrayList<>(old.signals());
        signals.add(new Signal(REPLACED, 1, "Không có bài mới quá " + regroupAfter.toHours()
                + " giờ; diễn biến mới theo dõi ở cảnh báo " + next.alert().id()));
        return Optional.of(new Alert(Alert.VERSION, old.id(), old.rule(), old.severity(), AlertStatus.RESOLVED,
                old.title(), old.summary(), old.suggestedAction(), List.copyOf(signals), old.articles(), old.storyId(),
                old.topic(), old.place(), old.firstSeen(), old.lastSeen(), now, old.revision() + 1, old.ackBy(),
                old.ackAt()));
    }

    /** The alert resolved by the rule itself: what it was, with the reason it is over added to its signals. */
    private static Alert cleared(Alert old, Finding f, Instant now) {
        List<Signal> signals = new ArrayList<>(old.signals());
        signals.add(new Signal("cleared", 1, f.summary()));
        return new Alert(Alert.VERSION, old.id(), old.rule(), old.severity(), AlertStatus.RESOLVED, old.title(),
                old.summary(), old.suggestedAction(), List.copyOf(signals), old.articles(), old.storyId(), old.topic(),
                old.place(), old.firstSeen(), max(old.lastSeen(), f.seenTo()), now, old.revision() + 1, old.ackBy(),
                old.ackAt());
    }

    private Alert fresh(String id, Finding f, Instant now) {
        return new Alert(Alert.VERSION, id, f.rule(), f.severity(), AlertStatus.FIRING, f.title(), f.summary(),
                f.suggestedAction(), f.signals(), mergeArticles(List.of(), f.articles()), f.storyId(), f.topic(),
                f.place(), f.seenFrom(), f.seenTo(), now, 1, null, null);
    }

    /** Stable, URL-safe alert id of a group: the rule name and a hash of the group key. */
    public static String id(String groupKey, int generation) {
        String rule = groupKey.substring(0, Math.max(0, groupKey.indexOf('|')));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(groupKey.getBytes(StandardCharsets.UTF_8));
            String base = (rule.isEmpty() ? "alert" : rule) + "-" + HexFormat.of().formatHex(hash, 0, 6);
            return generation == 0 ? base : base + "-" + generation;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** Union by article id, later information winning; newest first; at most {@code maxArticles}. */
    private List<ArticleRef> mergeArticles(List<ArticleRef> old, List<ArticleRef> added) {
        Map<String, ArticleRef> byId = new LinkedHashMap<>();
        for (ArticleRef a : old == null ? List.<ArticleRef>of() : old) {
            byId.put(a.id(), a);
        }
        for (ArticleRef a : added == null ? List.<ArticleRef>of() : added) {
            ArticleRef known = byId.get(a.id());
            // a bare id (article not looked up yet) must not erase a title we already have
            if (known == null || a.title() != null) {
                byId.put(a.id(), a);
            }
        }
        List<ArticleRef> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing((ArticleRef a) -> a.published() == null ? Instant.MIN
                : a.published().toInstant()).reversed().thenComparing(ArticleRef::id));
        return List.copyOf(all.subList(0, Math.min(all.size(), maxArticles)));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
