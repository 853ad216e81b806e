package vn.tinradar.deploy.tip;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.query.claims.ClaimDraft;
import vn.tinradar.common.event.Tip;
import vn.tinradar.common.event.TipAnalysis;
import vn.tinradar.common.event.TipChange;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.web.http.HttpErrors;

/**
 * Tips from staff: submit one (its URL read, its text analysed), list them by status, change status, handler and
 * notes, and record the claim or the incident a tip became. Every change is stored through the {@link TipLog}
 * before it is answered, with who made it and when in the tip's history.
 */
public final class TipService {

    private static final Logger LOG = LoggerFactory.getLogger(TipService.class);
    static final int MAX_NOTES = 4_000;
    static final int MAX_HANDLER = 200;
    static final int LINK_ATTEMPTS = 3;

    private final TipBook book;
    private final TipLog log;
    private final TipPage pages;
    private final TipAnalyzer analyzer;
    private final Clock clock;

    /**
     * @param pages and {@code analyzer}: null where this process does not run analyze; submitting then answers
     *     503 (or is forwarded to where analyze runs), everything else still works from the topic
     */
    public TipService(TipBook book, TipLog log, TipPage pages, TipAnalyzer analyzer, Clock clock) {
        this.book = book;
        this.log = log;
        this.pages = pages;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /**
     * Checks, reads and analyses a tip, then stores it as {@code new}. A URL that cannot be read is kept with the
     * reason ({@link Tip#fetchError}) and, when a text came with it, analysed from that text.
     *
     * @throws IllegalArgumentException naming the field when the input is empty, too long, not http(s), or
     *     points inside the network (nothing is stored)
     */
    public Tip submit(TipForms.Submit form, String user) {
        TipInput in = TipInput.check(form);
        HttpErrors.need(analyzer, "analyze");
        String id = "tip-" + UUID.randomUUID().toString().substring(0, 8);
        TipPage.Read page = in.url() == null ? null : HttpErrors.need(pages, "analyze").read(in.url());
        TipAnalysis analysis = null;
        if (page != null && page.ok()) {
            analysis = analyzer.analyse(id, page.url(), page.title(), page.lead(), join(page.body(), in.text()),
                    page.published());
        } else if (in.text() != null) {
            TipText text = TipText.of(in.text());
            // a pasted message carries no date of its own: it is dated when it was pasted, not flagged as undated
            analysis = analyzer.analyse(id, in.url(), text.title(), text.lead(), text.body(),
                    clock.instant().atZone(VnTime.ZONE).toOffsetDateTime());
        }
        Tip tip = new Tip(Tip.VERSION, id, in.url(), in.text(), user, clock.instant(), Tip.NEW, null, null,
                page == null ? null : page.error(), analysis, null, null, List.of())
                .logged(new TipChange(user, clock.instant(), "submit", in.url() != null ? in.url() : "văn bản"));
        log.write(tip);
        LOG.info("event=tip_submitted id={} user={} url={} fetched={} claims={} stories={}", id, user,
                in.url() != null, page != null && page.ok(), analysis == null ? 0 : analysis.claims().size(),
                analysis == null ? 0 : analysis.stories().size());
        return tip;
    }

    /** Every tip, newest first, or those of one status. */
    public List<Tip> list(String status) {
        if (status == null || status.isBlank()) {
            return book.all();
        }
        checkStatus(status);
        return book.all().stream().filter(t -> t.status().equals(status)).toList();
    }

    /** @throws NoSuchElementException when there is no tip with that id */
    public Tip get(String id) {
        return book.get(id).orElseThrow(() -> new NoSuchElementException("Không có tin báo " + id));
    }

    /**
     * Applies the fields given (status, handler, notes); each that changes a value is one history entry.
     *
     * A change that changes nothing stores nothing and answers the tip as it is.
     *
     * @throws IllegalArgumentException naming the field when a value is not allowed
     */
    public Tip change(String id, TipForms.Change form, String user) {
        Tip tip = get(id);
        String status = form.status() == null || form.status().isBlank() ? tip.status()
                : form.status().strip().toLowerCase(Locale.ROOT);
        checkStatus(status);
        String handler = form.handler() == null ? tip.handler() : bounded("handler", form.handler(), MAX_HANDLER);
        String notes = form.notes() == null ? tip.notes() : bounded("notes", form.notes(), MAX_NOTES);
        Tip changed = tip.handled(status, handler, notes, tip.claimId(), tip.incidentId());
        changed = logIfChanged(changed, tip.status(), status, "status", user);
        changed = logIfChanged(changed, tip.handler(), handler, "handler", user);
        changed = logIfChanged(changed, tip.notes(), notes, "notes", user);
        if (changed.history().size() == tip.history().size()) {
            return tip;
        }
        log.write(changed);
        LOG.info("event=tip_changed id={} user={} status={} changes={}", id, user, changed.status(),
                changed.history().size() - tip.history().size());
        return changed;
    }

    /**
     * A claim draft filled from the tip: its headline as the claim as it circulates, the verdict "false" once
     * staff marked it so, the dates and the correction left for staff.
     */
    public ClaimDraft claimDraft(String id) {
        Tip tip = get(id);
        String claim = tip.analysis() != null ? tip.analysis().title() : tip.text();
        if (claim != null && claim.length() > 500) {
            claim = claim.substring(0, 500);
        }
        return new ClaimDraft(claim, Tip.FALSE.equals(tip.status()) ? "false" : null, null, null, null);
    }

    /** Records that the tip became claim {@code claimId}. */
    public Tip claimed(String id, String claimId, String user) {
        return linked(id, t -> t.handled(t.status(), t.handler(), t.notes(), claimId, t.incidentId()), "claim",
                claimId, user);
    }

    /** Records that the tip was linked to incident {@code incidentId}. */
    public Tip linkedToIncident(String id, String incidentId, String user) {
        return linked(id, t -> t.handled(t.status(), t.handler(), t.notes(), t.claimId(), incidentId), "incident",
                incidentId, user);
    }

    /**
     * Applies a link on the tip's latest state. The claim or incident already exists when this runs, so a change
     * another instance made first is read and the link applied again on top of it (a few times) rather than lost.
     */
    private Tip linked(String id, UnaryOperator<Tip> link, String action, String target, String user) {
        for (int attempt = 1; ; attempt++) {
            Tip changed = link.apply(get(id)).logged(new TipChange(user, clock.instant(), action, target));
            try {
                log.write(changed);
                LOG.info("event=tip_linked id={} user={} {}={}", id, user, action, target);
                return changed;
            } catch (TipLog.StaleChange e) {
                if (attempt == LINK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Tip logIfChanged(Tip tip, String before, String after, String action, String user) {
        return java.util.Objects.equals(before, after) ? tip
                : tip.logged(new TipChange(user, clock.instant(), action, after == null ? "" : after));
    }

    private static void checkStatus(String status) {
        if (!Tip.STATUSES.contains(status)) {
            throw new IllegalArgumentException("Trường 'status' phải là new, checking, false hoặc not-false nhưng là '"
                    + status + "'");
        }
    }

    /** The value stripped, null when blank; longer than {@code max} is refused naming the field. */
    private static String bounded(String field, String raw, int max) {
        String value = raw.strip();
        if (value.length() > max) {
            throw new IllegalArgumentException("Trường '" + field + "' dài " + value.length() + " ký tự, quá giới hạn "
                    + max + " ký tự");
        }
        return value.isEmpty() ? null : value;
    }

    private static String join(String body, String pasted) {
        if (pasted == null) {
            return body;
        }
        return body == null ? pasted : body + "\n\n" + pasted;
    }
}
