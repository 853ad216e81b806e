package vn.tinradar.analyze.query.claims;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.tinradar.common.event.Verdict;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;

/**
 * A claim as staff enter it in the form or the API, before it is checked and stored.
 *
 * @param reviewDate dd/MM/yyyy or yyyy-MM-dd
 */
public record ClaimDraft(String claimReviewed, String verdict, String reviewedBy, String reviewDate,
                         String correctionUrl) {

    static final int MAX_CLAIM_CHARS = 500;
    static final int MIN_CLAIM_WORDS = 4;
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The checked values: the claim in NFC, the verdict, the date; throws naming the first bad field. */
    record Checked(String claim, Verdict verdict, String reviewedBy, LocalDate reviewDate, String correctionUrl) {
    }

    /**
     * @throws IllegalArgumentException naming the field, its value and what was expected
     */
    Checked check(Clock clock) {
        String claim = claimReviewed == null ? "" : VietnameseText.nfc(claimReviewed).strip().replaceAll("\\s+", " ");
        if (claim.split(" ").length < MIN_CLAIM_WORDS || claim.length() > MAX_CLAIM_CHARS) {
            throw bad("claimReviewed", claimReviewed, "the claim as it circulates, " + MIN_CLAIM_WORDS + " words to "
                    + MAX_CLAIM_CHARS + " characters");
        }
        Verdict v;
        try {
            v = Verdict.fromId(verdict);
        } catch (IllegalArgumentException e) {
            throw bad("verdict", verdict, "fake, false or verified");
        }
        String reviewer = reviewedBy == null ? "" : reviewedBy.strip();
        if (reviewer.isEmpty() || reviewer.length() > 200) {
            throw bad("reviewedBy", reviewedBy, "who reached the verdict, at most 200 characters");
        }
        LocalDate date = date(clock);
        String url = correctionUrl == null ? "" : correctionUrl.strip();
        if (!isWebAddress(url)) {
            throw bad("correctionUrl", correctionUrl, "the http(s) address of the official correction");
        }
        return new Checked(claim, v, reviewer, date, url);
    }

    private LocalDate date(Clock clock) {
        String value = reviewDate == null ? "" : reviewDate.strip();
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, VN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("reviewDate", reviewDate, "a date dd/MM/yyyy or yyyy-MM-dd");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(VnTime.ZONE)))) {
            throw bad("reviewDate", reviewDate, "a date not in the future");
        }
        return date;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static IllegalArgumentException bad(String field, String value, String expected) {
        return new IllegalArgumentException("field '" + field + "' must be " + expected + " but was '"
                + (value == null ? "" : value) + "'");
    }
}
