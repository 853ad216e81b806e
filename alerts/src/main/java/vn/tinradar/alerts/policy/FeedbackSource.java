package vn.tinradar.alerts.policy;

import java.time.OffsetDateTime;

/** An article or comment that may react to a draft policy: where it is from and what it says. */
public record FeedbackSource(String id, String title, String text, String sourceName, String url,
                             OffsetDateTime published) {
}
