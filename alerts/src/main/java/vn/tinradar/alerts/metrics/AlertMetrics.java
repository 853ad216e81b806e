package vn.tinradar.alerts.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import vn.tinradar.common.event.Alert;

/**
 * The alert service's meters, as scraped:
 * <ul>
 *   <li>{@code tinradar_alerts_fired_total{rule, severity}}: new alerts (one per group, not per update)</li>
 *   <li>{@code tinradar_alerts_sent_total{channel, result}}: notifications; channel smtp|outbox|webhook,
 *       result ok|failed|silenced|inhibited|superseded (a lower level still waiting for its retry when the alert
 *       rose)|unconfirmed (a send cut off by a crash, sent again: staff may have it twice)</li>
 *   <li>{@code tinradar_alerts_delivery_latency_seconds{channel}}: from the alert's update to its notification</li>
 *   <li>{@code tinradar_alerts_current{status}}: alerts now firing, acknowledged, resolved</li>
 *   <li>{@code tinradar_alerts_time_to_ack_seconds}, {@code tinradar_alerts_time_to_resolve_seconds}:
 *       from the alert's first sighting to the staff action</li>
 * </ul>
 */
public final class AlertMetrics {

    private final MeterRegistry registry;
    private final Timer timeToAck;
    private final Timer timeToResolve;

    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timeToAck = Timer.builder("tinradar.alerts.time.to.ack")
                .description("Time from an alert's first sighting to its acknowledgement").register(registry);
        this.timeToResolve = Timer.builder("tinradar.alerts.time.to.resolve")
                .description("Time from an alert's first sighting to its resolution").register(registry);
    }

    /** Publishes how many alerts are in each status, read from {@code count} at every scrape. */
    public void watch(java.util.function.ToLongFunction<vn.tinradar.common.event.AlertStatus> count) {
        for (vn.tinradar.common.event.AlertStatus status : vn.tinradar.common.event.AlertStatus.values()) {
            io.micrometer.core.instrument.Gauge.builder("tinradar.alerts.current", () -> count.applyAsLong(status))
                    .description("Alerts now in each status").tag("status", status.id()).register(registry);
        }
    }

    public void fired(Alert alert) {
        Counter.builder("tinradar.alerts.fired").description("New alerts, one per group")
                .tag("rule", alert.rule()).tag("severity", alert.severity().id()).register(registry).increment();
    }

    public void sent(String channel, String result) {
        Counter.builder("tinradar.alerts.sent").description("Alert notifications by channel and result")
                .tag("channel", channel).tag("result", result).register(registry).increment();
    }

    public void delivered(String channel, Duration sinceUpdate) {
        Timer.builder("tinradar.alerts.delivery.latency").description("Time from an alert's update to its notification")
                .tag("channel", channel).register(registry)
                .record(sinceUpdate.isNegative() ? Duration.ZERO : sinceUpdate);
    }

    public void acknowledged(Duration sinceFirstSeen) {
        timeToAck.record(sinceFirstSeen.isNegative() ? Duration.ZERO : sinceFirstSeen);
    }

    public void resolved(Duration sinceFirstSeen) {
        timeToResolve.record(sinceFirstSeen.isNegative() ? Duration.ZERO : sinceFirstSeen);
    }
}
