package vn.tinradar.common.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tip from staff (tin báo): a URL or a text (a screenshot's text, a forwarded message) someone pasted into the
 * dashboard, what TinRadar made of it, and how staff handled it. The value of the compacted {@code tips} topic,
 * keyed by {@link #id}; every change rewrites the record and appends to {@code history}, oldest first.
 *
 * @param url the address pasted, or null for a text tip
 * @param text the text pasted, or null when only a URL was given
 * @param fetchError why the URL could not be read, in Vietnamese for staff; null when it was read or none was given
 * @param analysis what the text says and what it resembles; null when there was nothing to analyse
 * @param claimId the reviewed claim made from this tip, or null
 * @param incidentId the incident this tip was linked to, or null
 */
public record Tip(
        int v,
        String id,
        String url,
        String text,
        String submittedBy,
        Instant submittedAt,
        String status,
        String handler,
        String notes,
        String fetchError,
        TipAnalysis analysis,
        String claimId,
        String incidentId,
        List<TipChange> history) {

    public static final int VERSION = 1;
    public static final String NEW = "new";
    public static final String CHECKING = "checking";
    public static final String FALSE = "false";
    public static final String NOT_FALSE = "not-false";
    public static final Set<String> STATUSES = Set.of(NEW, CHECKING, FALSE, NOT_FALSE);

    public Tip {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * Whether this record, read after {@code held} from the topic, is a later state of it: its history starts with
     * every change {@code held} has and adds at least one. A record written on an older state (two staff changing
     * the same tip at once) is ignored by every reader alike, since all read the topic in the same order.
     */
    public boolean continues(Tip held) {
        int known = held.history().size();
        return history.size() > known && history.subList(0, known).equals(held.history());
    }

    /** This tip as staff handle it: the status, handler, notes and what it became, all given at once. */
    public Tip handled(String newStatus, String newHandler, String newNotes, String newClaimId, String newIncidentId) {
        return new Tip(v, id, url, text, submittedBy, submittedAt, newStatus, newHandler, newNotes, fetchError,
                analysis, newClaimId, newIncidentId, history);
    }

    /** This tip with one more entry in its history. */
    public Tip logged(TipChange change) {
        List<TipChange> all = new ArrayList<>(history);
        all.add(change);
        return new Tip(v, id, url, text, submittedBy, submittedAt, status, handler, notes, fetchError, analysis,
                claimId, incidentId, all);
    }
}
