package vn.tinradar.deploy.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.IncidentHandover;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.IncidentTask;
import vn.tinradar.common.event.Story;

/**
 * What staff do with incidents: open one from an alert or a story, add tasks and mark them done, write hand-over
 * notes, record official responses, close with a summary and lessons. Every change is checked first (the bad field
 * is named), logged in the incident's own change log with who made it, then stored through the {@link IncidentLog}.
 * A closed incident takes no more changes. A change made while another instance changed the same incident is
 * refused with {@link IncidentLog.StaleChange} rather than written over the other one.
 */
public final class IncidentService {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);
    private static final int UPDATE_ATTEMPTS = 3;

    private final IncidentBook book;
    private final IncidentLog log;
    private final IncidentSubjects subjects;
    private final Clock clock;

    public IncidentService(IncidentBook book, IncidentLog log, IncidentSubjects subjects, Clock clock) {
        this.book = book;
        this.log = log;
        this.subjects = subjects;
        this.clock = clock;
    }

    public List<Incident> list() {
        return book.all();
    }

    /** @throws NoSuchElementException when there is no incident with that id */
    public Incident get(String id) {
        return book.get(id).orElseThrow(() -> new NoSuchElementException("no incident with id " + id));
    }

    /**
     * Opens an incident following the story of the alert, or the story given; when an open incident follows that
     * story already, returns it instead.
     *
     * @throws IllegalArgumentException when neither or both are given, or the alert is not about a story
     * @throws NoSuchElementException when the alert or story is unknown
     */
    public synchronized Incident open(IncidentForms.Open form, String user) {
        String alertId = blankToNull(form.alertId());
        String storyId = blankToNull(form.storyId());
        if ((alertId == null) == (storyId == null)) {
            throw new IllegalArgumentException("give exactly one of 'alertId' or 'storyId' but got alertId='"
                    + (alertId == null ? "" : alertId) + "', storyId='" + (storyId == null ? "" : storyId) + "'");
        }
        String defaultTitle;
        String from;
        String fromId;
        if (alertId != null) {
            Alert alert = subjects.alert(alertId)
                    .orElseThrow(() -> new NoSuchElementException("no alert with id " + alertId));
            if (alert.storyId() == null) {
                throw new IllegalArgumentException("alert " + alertId + " is about a topic or a place, not a story: "
                        + "open the incident from the story instead");
            }
            storyId = subjects.story(alert.storyId()).map(Story::id).orElse(alert.storyId());
            defaultTitle = alert.title();
            from = "alert";
            fromId = alertId;
        } else {
            Story story = subjects.story(storyId)
                    .orElseThrow(() -> new NoSuchElementException("no story with id " + form.storyId()));
            storyId = story.id();
            defaultTitle = story.title();
            from = "story";
            fromId = form.storyId().strip();
        }
        String followed = storyId;
        Optional<Incident> already = book.all().stream()
                .filter(i -> i.open() && i.storyIds().contains(followed)).findFirst();
        if (already.isPresent()) {
            // a second "Mở sự cố" on the same story joins the open incident rather than splitting its record
            LOG.info("event=incident-already-open id={} story={} user={}", already.get().id(), storyId, user);
            return already.get();
        }
        String title = Fields.optionalText("title", form.title(), IncidentForms.MAX_TITLE, "the incident's title");
        Instant now = clock.instant();
        String id = IncidentIds.openedFrom(from, fromId, book.all());
        Incident incident = new Incident(Incident.VERSION, id,
                title != null ? title : defaultTitle, from, fromId, user, now, Incident.OPEN, List.of(storyId),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, List.of())
                .logged(new IncidentChange(user, now, "open", "mở từ " + (from.equals("alert") ? "cảnh báo " : "sự kiện ")
                        + fromId));
        try {
            log.write(incident);
        } catch (IncidentLog.StaleChange e) {
            // an earlier open of the same subject, told it failed, was stored after all: it is this incident
            Incident landed = book.get(id).filter(Incident::open).orElseThrow(() -> e);
            LOG.info("event=incident-open-landed-late id={} from={} fromId={} user={}", id, from, fromId, user);
            return landed;
        }
        LOG.info("event=incident-opened id={} from={} fromId={} story={} user={}", incident.id(), from, fromId,
                storyId, user);
        return incident;
    }

    public synchronized Incident addTask(String id, IncidentForms.Task form, String user) {
        Incident incident = openIncident(id);
        String text = Fields.text("text", form.text(), IncidentForms.MAX_TEXT, "what is to be done");
        String owner = Fields.text("owner", form.owner(), IncidentForms.MAX_NAME, "who does it");
        Instant deadline = Fields.time("deadline", form.deadline());
        if (deadline == null) {
            throw Fields.bad("deadline", form.deadline(), "a date and time like 2026-11-20T17:00");
        }
        Instant now = clock.instant();
        List<IncidentTask> tasks = new ArrayList<>(incident.tasks());
        IncidentTask task = new IncidentTask("t" + (tasks.size() + 1), text, owner, deadline, false, null, null, user,
                now);
        tasks.add(task);
        return store(incident.withTasks(tasks).logged(new IncidentChange(user, now, "task",
                task.id() + ": " + text + " — " + owner)), "task", user);
    }

    /** @throws NoSuchElementException when the incident has no such task */
    public synchronized Incident finishTask(String id, String taskId, String user) {
        Incident incident = openIncident(id);
        Instant now = clock.instant();
        List<IncidentTask> tasks = new ArrayList<>();
        boolean found = false;
        for (IncidentTask t : incident.tasks()) {
            if (t.id().equals(taskId) && !t.done()) {
                tasks.add(t.finished(user, now));
                found = true;
            } else {
                found |= t.id().equals(taskId);
                tasks.add(t);
            }
        }
        if (!found) {
            throw new NoSuchElementException("incident " + id + " has no task " + taskId);
        }
        return store(incident.withTasks(tasks).logged(new IncidentChange(user, now, "task-done", taskId)),
                "task-done", user);
    }

    public synchronized Incident handover(String id, IncidentForms.Handover form, String user) {
        Incident incident = openIncident(id);
        String text = Fields.text("text", form.text(), IncidentForms.MAX_TEXT, "what the next shift must know");
        Instant now = clock.instant();
        List<IncidentHandover> all = new ArrayList<>(incident.handovers());
        all.add(new IncidentHandover(user, now, text));
        return store(incident.withHandovers(all).logged(new IncidentChange(user, now, "handover", text)),
                "handover", user);
    }

    public synchronized Incident respond(String id, IncidentForms.Response form, String user) {
        Incident incident = openIncident(id);
        String agency = Fields.text("agency", form.agency(), IncidentForms.MAX_NAME, "the agency that answered");
        String spokesperson = Fields.optionalText("spokesperson", form.spokesperson(), IncidentForms.MAX_NAME,
                "who spoke for it");
        Instant at = Fields.time("at", form.at());
        if (at == null) {
            throw Fields.bad("at", form.at(), "when the response was given, like 2026-11-20T17:00");
        }
        if (at.isAfter(clock.instant().plusSeconds(300))) {
            throw Fields.bad("at", form.at(), "a time not in the future");
        }
        String channel = Fields.text("channel", form.channel(), IncidentForms.MAX_NAME,
                "where it was given (họp báo, cổng thông tin, trang mạng xã hội...)");
        String text = Fields.optionalText("text", form.text(), IncidentForms.MAX_TEXT, "what it said");
        String link = Fields.link("link", form.link());
        if (text == null && link == null) {
            throw Fields.bad("text", form.text(), "what the response said, or a 'link' to it");
        }
        Instant now = clock.instant();
        List<IncidentResponse> all = new ArrayList<>(incident.responses());
        IncidentResponse response = new IncidentResponse("r" + (all.size() + 1), agency, spokesperson, at, channel,
                text, link, user, now);
        all.add(response);
        all.sort(java.util.Comparator.comparing(IncidentResponse::at));
        return store(incident.withResponses(all).logged(new IncidentChange(user, now, "response",
                response.id() + ": " + agency + " (" + channel + ")")), "response", user);
    }

    public synchronized Incident close(String id, IncidentForms.Close form, String user) {
        Incident incident = openIncident(id);
        String summary = Fields.text("summary", form.summary(), IncidentForms.MAX_TEXT, "what happened and how it ended");
        String lessons = Fields.text("lessons", form.lessons(), IncidentForms.MAX_TEXT, "the lessons learnt");
        Instant now = clock.instant();
        return store(incident.closed(summary, lessons, user, now).logged(new IncidentChange(user, now, "close", "")),
                "close", user);
    }

    /**
     * Applies a change the collector found (new articles, a merged story) to an open incident; a no-op otherwise.
     * When staff changed the incident meanwhile on another instance, the change is made again on their state.
     */
    synchronized void update(String id, UnaryOperator<Incident> change) {
        for (int attempt = 1; attempt <= UPDATE_ATTEMPTS; attempt++) {
            Optional<Incident> current = book.get(id).filter(Incident::open);
            if (current.isEmpty()) {
                return;
            }
            Incident changed = change.apply(current.get());
            if (changed == current.get()) {
                return;
            }
            try {
                log.write(changed);
                return;
            } catch (IncidentLog.StaleChange e) {
                LOG.info("event=incident-collect-retried id={} attempt={}", id, attempt);
            }
        }
        throw new IllegalStateException("incident " + id + " kept changing elsewhere; collected again next sweep");
    }

    private Incident store(Incident changed, String action, String user) {
        log.write(changed);
        LOG.info("event=incident-changed id={} action={} user={}", changed.id(), action, user);
        return changed;
    }

    private Incident openIncident(String id) {
        Incident incident = get(id);
        if (!incident.open()) {
            throw new IllegalArgumentException("incident " + id + " was closed by " + incident.closedBy()
                    + ": it takes no more changes");
        }
        return incident;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
