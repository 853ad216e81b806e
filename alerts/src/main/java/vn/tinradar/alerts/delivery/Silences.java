package vn.tinradar.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.ledger.Ledger;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.kafka.Json;

/**
 * The silences staff set, kept in the ledger (key {@code silence|<id>}) so they survive a restart. A silence
 * bound to one alert ends by itself when that alert is resolved.
 */
public final class Silences {

    private static final Logger LOG = LoggerFactory.getLogger(Silences.class);
    static final String PREFIX = "silence|";
    /** The shortest silence: less is a slip of the hand, not a decision. */
    public static final long MIN_MINUTES = 5;
    /** The longest silence, 90 days: anything longer is switching a rule off, which belongs in the settings. */
    public static final long MAX_MINUTES = 90L * 24 * 60;

    private final Ledger ledger;
    private final Clock clock;

    public Silences(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Adds a silence from now for {@code minutes}; the template's id, start and end are replaced. */
    public Silence add(Silence matchers, long minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be " + MIN_MINUTES + ".." + MAX_MINUTES
                    + " (5 minutes to 90 days) but was " + minutes);
        }
        Instant now = clock.instant();
        Silence s = new Silence(UUID.randomUUID().toString(), matchers.rule(), matchers.topic(), matchers.place(),
                matchers.storyId(), matchers.alertId(), now, now.plusSeconds(60 * minutes), matchers.author(),
                matchers.reason());
        ledger.put(PREFIX + s.id(), write(s));
        LOG.info("event=silence-added id={} author={} minutes={}", s.id(), s.author(), minutes);
        return s;
    }

    /** Ends a silence now; unknown id → NoSuchElementException naming it. */
    public Silence expire(String id) {
        Silence s = find(id).orElseThrow(() -> new java.util.NoSuchElementException("no silence with id '" + id + "'"));
        Instant now = clock.instant();
        // ends now; a silence ended the instant it began is moved back a millisecond to stay well-formed
        Instant start = now.isAfter(s.startsAt()) ? s.startsAt() : now.minusMillis(1);
        Silence ended = new Silence(s.id(), s.rule(), s.topic(), s.place(), s.storyId(), s.alertId(), start,
                s.endsAt().isBefore(now) ? s.endsAt() : now, s.author(), s.reason());
        ledger.put(PREFIX + id, write(ended));
        return ended;
    }

    public Optional<Silence> find(String id) {
        return ledger.get(PREFIX + id).map(Silences::read);
    }

    /** Silences still in force, soonest ending first. */
    public List<Silence> active() {
        Instant now = clock.instant();
        return all().stream().filter(s -> s.activeAt(now)).sorted(Comparator.comparing(Silence::endsAt)).toList();
    }

    /** The silence that mutes this alert now, if any; a silence bound to a resolved alert no longer counts. */
    public Optional<Silence> muting(Alert alert) {
        if (alert.status() == AlertStatus.RESOLVED) {
            return Optional.empty();
        }
        return active().stream().filter(s -> s.matches(alert)).findFirst();
    }

    /** Ends the silences bound to an alert that has just been resolved. */
    public void alertResolved(String alertId) {
        for (Silence s : active()) {
            if (alertId.equals(s.alertId())) {
                expire(s.id());
            }
        }
    }

    private List<Silence> all() {
        return ledger.entries(PREFIX).values().stream().map(Silences::read).toList();
    }

    private static String write(Silence s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write silence " + s.id(), e);
        }
    }

    private static Silence read(String json) {
        try {
            return Json.mapper().readValue(json, Silence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable silence in ledger: " + e.getOriginalMessage(), e);
        }
    }

}
