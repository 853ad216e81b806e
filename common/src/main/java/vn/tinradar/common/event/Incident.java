package vn.tinradar.common.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A crisis workspace (sự cố, khủng hoảng truyền thông): the value of the compacted {@code incidents} topic, keyed
 * by {@link #id}. It follows one or more stories — the one it was opened on and those later found to be part of
 * it — and keeps the articles collected from them, the official responses, the tasks, the hand-overs between
 * shifts and, once closed, the summary and lessons. {@code changes} says who did what and when, oldest first.
 *
 * @param openedFrom {@code alert} or {@code story}: what staff opened it from; {@code openedFromId} its id
 * @param status {@link #OPEN} or {@link #CLOSED}
 * @param storyIds every story id it follows, the first one first
 */
public record Incident(
        int v,
        String id,
        String title,
        String openedFrom,
        String openedFromId,
        String openedBy,
        Instant openedAt,
        String status,
        List<String> storyIds,
        List<IncidentArticle> articles,
        List<IncidentResponse> responses,
        List<IncidentTask> tasks,
        List<IncidentHandover> handovers,
        String summary,
        String lessons,
        String closedBy,
        Instant closedAt,
        List<IncidentChange> changes) {

    public static final int VERSION = 1;
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public Incident {
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
        articles = articles == null ? List.of() : List.copyOf(articles);
        responses = responses == null ? List.of() : List.copyOf(responses);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    /**
     * Whether this record, read after {@code held} from the {@code incidents} topic, is a later state of it: its
     * change log starts with every change {@code held} has and adds at least one. Every change appends to the log,
     * so a record written on an older state (two writers at once) does not continue the state held and is ignored
     * by every reader alike, since all read the topic in the same order.
     */
    public boolean continues(Incident held) {
        int known = held.changes().size();
        return changes.size() > known && changes.subList(0, known).equals(held.changes());
    }

    public Incident withStories(List<String> ids) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, ids, articles,
                responses, tasks, handovers, summary, lessons, closedBy, closedAt, changes);
    }

    public Incident withArticles(List<IncidentArticle> list) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, storyIds, list,
                responses, tasks, handovers, summary, lessons, closedBy, closedAt, changes);
    }

    public Incident withResponses(List<IncidentResponse> list) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, storyIds, articles,
                list, tasks, handovers, summary, lessons, closedBy, closedAt, changes);
    }

    public Incident withTasks(List<IncidentTask> list) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, storyIds, articles,
                responses, list, handovers, summary, lessons, closedBy, closedAt, changes);
    }

    public Incident withHandovers(List<IncidentHandover> list) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, storyIds, articles,
                responses, tasks, list, summary, lessons, closedBy, closedAt, changes);
    }

    public Incident closed(String text, String lessonsLearnt, String by, Instant at) {
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, CLOSED, storyIds, articles,
                responses, tasks, handovers, text, lessonsLearnt, by, at, changes);
    }

    /** This incident with one more entry in its change log. */
    public Incident logged(IncidentChange change) {
        List<IncidentChange> all = new ArrayList<>(changes);
        all.add(change);
        return new Incident(v, id, title, openedFrom, openedFromId, openedBy, openedAt, status, storyIds, articles,
                responses, tasks, handovers, summary, lessons, closedBy, closedAt, all);
    }
}
