package vn.tinradar.alerts.spokes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.OfficialResponse;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.text.VnTime;

/**
 * Requests for an official response, made from an alert: made (and mailed to the agency's spokespersons), reminded
 * once before the deadline ({@link #remindDue}), answered. This instance's copy of every request is filled from the
 * compacted {@code spokes.requests} topic ({@link #apply}); each change is stored through the {@link SpokesLog}
 * before it is applied here. A mail that fails is logged and leaves the request stored, with no address mailed.
 *
 * <p>Several alerts instances each run a desk. A reminder is claimed before it is mailed: the desk stores the
 * request with its claim time, and once the log has read that back ({@link SpokesLog#putRequest}), the first claim
 * in the topic's order is the one every desk keeps ({@link #apply}); only the desk whose claim that is mails, then
 * stores when it did. A claim not followed by that mark within {@link #CLAIM_EXPIRY} (its desk stopped between the
 * two) expires, and the next desk to check claims the reminder again: at least once. A repeat, possible only when the
 * first mail went out and its mark did not, carries the same Message-ID (docs/reliability.md).
 */
public final class ResponseDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);
    /** The reminder goes this long before the deadline, or halfway there when less time was given. */
    public static final Duration REMINDER_LEAD = Duration.ofHours(24);
    /** How answers come, as staff pick them. */
    public static final Set<String> CHANNELS = Set.of("thông cáo báo chí", "họp báo", "cổng thông tin điện tử",
            "văn bản", "trả lời phỏng vấn", "điện thoại", "khác");
    static final int MAX_TEXT = 4_000;
    /** How long a desk's claim on a reminder stands without the mail being marked sent; many SMTP timeouts long. */
    public static final Duration CLAIM_EXPIRY = Duration.ofMinutes(10);

    private final Directory directory;
    private final SpokesLog log;
    private final ResponseMail mail;
    private final Clock clock;
    private final Duration claimExpiry;
    private final Map<String, ResponseRequest> requests = new ConcurrentHashMap<>();
    /** Reminders this desk claimed whose mail failed, with its claim: only it sends them while the claim stands. */
    private final Map<String, Instant> unsent = new ConcurrentHashMap<>();

    public ResponseDesk(Directory directory, SpokesLog log, ResponseMail mail, Clock clock) {
        this(directory, log, mail, clock, CLAIM_EXPIRY);
    }

    /** @param claimExpiry as {@link #CLAIM_EXPIRY}; every desk on one topic must use the same, so they agree */
    public ResponseDesk(Directory directory, SpokesLog log, ResponseMail mail, Clock clock, Duration claimExpiry) {
        if (claimExpiry.isNegative() || claimExpiry.isZero()) {
            throw new IllegalArgumentException("claimExpiry must be > 0 but was " + claimExpiry);
        }
        this.directory = directory;
        this.log = log;
        this.mail = mail;
        this.clock = clock;
        this.claimExpiry = claimExpiry;
    }

    /**
     * A request read from the topic; a null value (a tombstone) removes it. A reminder claim once held is kept: a
     * later record with another one (a desk that claimed the same reminder after) or none (a change made on an older
     * state) does not undo it, unless the held claim had expired unsent and the later one came after its expiry.
     * The time the reminder was sent, once held, is kept the same way. Every desk reads the records in one order,
     * so all keep the same claim.
     */
    public void apply(String id, ResponseRequest request) {
        if (request == null) {
            requests.remove(id);
        } else {
            requests.merge(id, request, this::keepFirstClaim);
        }
    }

    private ResponseRequest keepFirstClaim(ResponseRequest held, ResponseRequest read) {
        Instant sent = held.remindedAt() != null ? held.remindedAt() : read.remindedAt();
        Instant claim = held.reminderClaimedAt();
        if (claim == null || (held.remindedAt() == null && read.reminderClaimedAt() != null
                && !read.reminderClaimedAt().isBefore(claim.plus(claimExpiry)))) {
            claim = read.reminderClaimedAt();
        }
        return read.withRemindedAt(sent).withReminderClaimedAt(claim);
    }

    /** Stores a request to {@code draft}'s agency about {@code alert}, then mails it to the agency's spokespersons. */
    public ResponseRequest request(Alert alert, RequestDraft draft, String by) {
        Agency agency = directory.agency(draft.agencyId()).orElseThrow(() -> new IllegalArgumentException(
                "Không có cơ quan '" + draft.agencyId() + "' trong danh bạ người phát ngôn."));
        Instant now = clock.instant();
        Instant due = VnTime.parse("due", draft.due());
        if (due == null || !due.isAfter(now)) {
            throw new IllegalArgumentException("Hạn phản hồi phải là một thời điểm sau bây giờ, không phải '"
                    + draft.due() + "'.");
        }
        String note = limited(draft.note(), "Nội dung đề nghị");
        ResponseRequest r = new ResponseRequest(ResponseRequest.VERSION, UUID.randomUUID().toString(), alert.id(),
                alert.storyId(), alert.title(), agency.id(), agency.name(), due, note, by, now, List.of(), null, null,
                null);
        store(r);
        List<String> to = addresses(agency.id());
        if (to.isEmpty()) {
            LOG.warn("event=response_request_not_mailed request={} agency={} reason=no_spokesperson_email", r.id(),
                    agency.id());
            return r;
        }
        try {
            mail.sendRequest(r, to);
        } catch (Exception e) {
            LOG.warn("event=response_request_mail_failed request={} agency={} error=\"{}\"", r.id(), agency.id(),
                    e.getMessage());
            return r;
        }
        LOG.info("event=response_requested request={} alert={} agency={} mailed={}", r.id(), alert.id(), agency.id(),
                to.size());
        return store(r.withMailedTo(to));
    }

    /** Records the agency's answer to a request. */
    public ResponseRequest respond(String requestId, ResponseDraft d, String by) {
        ResponseRequest r = find(requestId).orElseThrow(() -> new NoSuchElementException(
                "Không có yêu cầu phản hồi " + requestId + "."));
        String channel = d.channel() == null ? "" : d.channel().strip();
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("Hình thức phản hồi '" + channel + "' không hợp lệ; chọn một trong: "
                    + String.join(", ", CHANNELS.stream().sorted().toList()) + ".");
        }
        String text = limited(d.text(), "Nội dung phản hồi");
        String link = d.link() == null ? "" : d.link().strip();
        if (!link.isEmpty() && !link.matches("https?://\\S+")) {
            throw new IllegalArgumentException("Đường dẫn '" + link + "' phải bắt đầu bằng http:// hoặc https://.");
        }
        if (text.isEmpty() && link.isEmpty()) {
            throw new IllegalArgumentException("Hãy ghi nội dung phản hồi hoặc đường dẫn tới văn bản phản hồi.");
        }
        Spokesperson person = null;
        if (d.spokespersonId() != null && !d.spokespersonId().isBlank()) {
            person = directory.person(d.spokespersonId()).filter(p -> p.agencyId().equals(r.agencyId()))
                    .orElseThrow(() -> new IllegalArgumentException("Người phát ngôn '" + d.spokespersonId()
                            + "' không thuộc " + r.agencyName() + "."));
        }
        Instant now = clock.instant();
        Instant at = d.at() == null || d.at().isBlank() ? now : VnTime.parse("at", d.at());
        OfficialResponse answer = new OfficialResponse(at, channel, text, link.isEmpty() ? null : link,
                person == null ? null : person.id(), person == null ? null : person.name(), by, now);
        LOG.info("event=response_recorded request={} agency={} channel=\"{}\"", r.id(), r.agencyId(), channel);
        return store(r.withResponse(answer));
    }

    /**
     * Claims and mails the reminder of every unanswered request whose reminder time ({@link #reminderAt}) has come
     * and that was not reminded yet, then marks it sent; returns how many this desk sent. A claim another desk made
     * is left to it until it expires; a mail that failed after this desk's claim is tried again at the next call.
     */
    public int remindDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (ResponseRequest r : requests.values()) {
            if (r.response() != null || r.remindedAt() != null || now.isBefore(reminderAt(r))) {
                unsent.remove(r.id());
                continue;
            }
            Instant claim = r.reminderClaimedAt();
            boolean standing = claim != null && now.isBefore(claim.plus(claimExpiry));
            boolean ours = standing && claim.equals(unsent.get(r.id()));
            if (standing && !ours) {
                continue; // another desk is sending it, or this desk's claim was taken over
            }
            if (!ours) {
                unsent.remove(r.id());
                claim = claimReminder(r, now);
                if (claim == null) {
                    continue;
                }
            }
            if (mailReminder(r, claim)) {
                sent++;
            }
        }
        return sent;
    }

    /** Stores the claim; returns it when it is the one kept, first in the topic's order (then this desk mails). */
    private Instant claimReminder(ResponseRequest r, Instant now) {
        ResponseRequest kept;
        try {
            kept = store(r.withReminderClaimedAt(now));
        } catch (RuntimeException e) {
            LOG.warn("event=response_reminder_not_claimed request={} error=\"{}\"", r.id(), e.getMessage());
            return null;
        }
        if (!now.equals(kept.reminderClaimedAt())) {
            LOG.info("event=response_reminder_claimed_elsewhere request={} claimedAt={}", r.id(),
                    kept.reminderClaimedAt());
            return null;
        }
        if (r.reminderClaimedAt() != null) {
            LOG.info("event=response_reminder_claim_expired request={} expiredClaim={}", r.id(),
                    r.reminderClaimedAt());
        }
        return now;
    }

    /** Mails the reminder this desk claimed and marks it sent; false (and kept to retry) when the mail failed. */
    private boolean mailReminder(ResponseRequest r, Instant claim) {
        List<String> to = addresses(r.agencyId());
        try {
            if (!to.isEmpty()) {
                mail.sendReminder(r, to);
            }
        } catch (Exception e) {
            unsent.put(r.id(), claim);
            LOG.warn("event=response_reminder_failed request={} agency={} error=\"{}\"", r.id(), r.agencyId(),
                    e.getMessage());
            return false;
        }
        unsent.remove(r.id());
        LOG.info("event=response_reminded request={} agency={} mailed={}", r.id(), r.agencyId(), to.size());
        try {
            store(requests.getOrDefault(r.id(), r).withRemindedAt(clock.instant()));
        } catch (RuntimeException e) {
            // the mail went; without the mark another desk sends it again after the claim expires, same Message-ID
            LOG.warn("event=response_reminder_not_marked request={} error=\"{}\"", r.id(), e.getMessage());
        }
        return true;
    }

    /** When the reminder is due: {@link #REMINDER_LEAD} before the deadline, or halfway when less time was given. */
    public static Instant reminderAt(ResponseRequest r) {
        Duration given = Duration.between(r.requestedAt(), r.due());
        Duration lead = given.dividedBy(2).compareTo(REMINDER_LEAD) < 0 ? given.dividedBy(2) : REMINDER_LEAD;
        return r.due().minus(lead);
    }

    public Optional<ResponseRequest> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(requests.get(id));
    }

    /** The requests made from one alert, newest first. */
    public List<ResponseRequest> forAlert(String alertId) {
        return sorted(r -> alertId.equals(r.alertId()));
    }

    /** The requests made from any alert about one story, newest first (for the incident workspace). */
    public List<ResponseRequest> forStory(String storyId) {
        return sorted(r -> storyId.equals(r.storyId()));
    }

    /** Every request, newest first. */
    public List<ResponseRequest> all() {
        return sorted(r -> true);
    }

    /** The requests made in [from, to), or still open at its start, oldest first: the weekly report's table. */
    public List<ResponseRequest> during(Instant from, Instant to) {
        return during(requests.values(), from, to);
    }

    /** As {@link #during(Instant, Instant)}, among {@code all}. */
    public static List<ResponseRequest> during(Collection<ResponseRequest> all, Instant from, Instant to) {
        return all.stream()
                .filter(r -> r.requestedAt().isBefore(to) && (!r.requestedAt().isBefore(from)
                        || r.response() == null || !r.response().recordedAt().isBefore(from)))
                .sorted(Comparator.comparing(ResponseRequest::requestedAt)).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    private List<ResponseRequest> sorted(Predicate<ResponseRequest> which) {
        return requests.values().stream().filter(which)
                .sorted(Comparator.comparing(ResponseRequest::requestedAt).reversed()).toList();
    }

    private List<String> addresses(String agencyId) {
        return directory.personsOf(agencyId).stream().map(Spokesperson::email)
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    /** Stores {@code r} and returns it as this desk now holds it (an earlier reminder claim kept). */
    private ResponseRequest store(ResponseRequest r) {
        log.putRequest(r);
        apply(r.id(), r);
        return requests.get(r.id());
    }

    private static String limited(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " dài quá " + MAX_TEXT + " ký tự.");
        }
        return v;
    }
}
