package vn.tinradar.alerts.view;

import java.time.Instant;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Severity;

/**
 * What staff did with an alert: acknowledged (by whom, when), resolved (by whom, when), and the severity it had
 * then; if the alert later rises above that severity it fires again.
 */
public record Lifecycle(AlertStatus status, String ackBy, Instant ackAt, String resolvedBy, Instant resolvedAt,
                        Severity severity) {
}
