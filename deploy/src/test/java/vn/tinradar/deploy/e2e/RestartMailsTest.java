package vn.tinradar.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The outbox check of {@link DemoEndToEndIT}'s restart. A fresh-clone run restarted the demo at 00:01 on Monday
 * 07/12/2026 in Hà Nội, two minutes after it first started on Sunday: the restart mailed the new week's report,
 * rightly, and the test's plain count of mails (14, then 15) called that a repeat.
 */
class RestartMailsTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-12-06T17:00:42Z");
    private static final Instant RESTART = Instant.parse("2026-12-06T17:02:02Z");
    private static final Map<String, Instant> BEFORE = Map.of(
            "report-2026-11-23_2026-11-30.eml", FIRST_RUN,
            "delivery_story-trend-e2b7679070af-1_email_urgent.eml", FIRST_RUN,
            "delivery_policy-negative-5d9da847b088_email_warning.eml", FIRST_RUN);

    @Test
    void theReportOfAWeekThatBeganAfterTheLastOneReportedIsNoRepeat() {
        Map<String, Instant> after = with(BEFORE, "report-2026-11-30_2026-12-07.eml", RESTART);

        assertThat(RestartMails.repeats(BEFORE, after)).isEmpty();
    }

    @Test
    void anAlertMailAddedByTheRestartIsARepeat() {
        Map<String, Instant> after = with(BEFORE, "delivery_topic-burst-3ef66ab48d58-1_email_urgent.eml", RESTART);

        assertThat(RestartMails.repeats(BEFORE, after))
                .containsExactly("delivery_topic-burst-3ef66ab48d58-1_email_urgent.eml");
    }

    @Test
    void anAlertMailSentAgainUnderItsKeyIsARepeatThoughTheCountStays() {
        Map<String, Instant> after = with(BEFORE, "delivery_story-trend-e2b7679070af-1_email_urgent.eml", RESTART);

        assertThat(RestartMails.repeats(BEFORE, after))
                .containsExactly("delivery_story-trend-e2b7679070af-1_email_urgent.eml");
    }

    @Test
    void theReportOfTheSameWeekMailedAgainIsARepeat() {
        Map<String, Instant> after = with(BEFORE, "report-2026-11-23_2026-11-30.eml", RESTART);

        assertThat(RestartMails.repeats(BEFORE, after)).containsExactly("report-2026-11-23_2026-11-30.eml");
    }

    @Test
    void nothingWrittenIsNoRepeat() {
        assertThat(RestartMails.repeats(BEFORE, BEFORE)).isEmpty();
    }

    private static Map<String, Instant> with(Map<String, Instant> files, String name, Instant at) {
        Map<String, Instant> all = new TreeMap<>(files);
        all.put(name, at);
        return all;
    }
}
