package vn.tinradar.alerts.rules;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Trend;

/**
 * One DEBUG line per trend a trend rule turns down, naming the check that held it back, so a replay can say which
 * check kept a real event from alerting (turn it on with
 * {@code -Dorg.slf4j.simpleLogger.log.vn.tinradar.alerts.rules.RuleTrace=debug}).
 */
final class RuleTrace {

    private static final Logger LOG = LoggerFactory.getLogger(RuleTrace.class);

    private RuleTrace() {
    }

    /** Logs why {@code rule} did not fire on {@code trend} and returns no finding. */
    static Optional<Finding> rejected(String rule, Trend trend, String check, String detail) {
        if (LOG.isDebugEnabled()) {
            List<String> samples = trend.sampleArticleIds() == null ? List.of() : trend.sampleArticleIds();
            LOG.debug("event=trend-rejected rule={} trend=\"{}:{}\" window={} start={} count={} baseline={} score={} "
                            + "negative={} check={} detail=\"{}\" samples={}", rule, trend.kind(), trend.key(),
                    trend.window(), trend.windowStart(), trend.count(), trend.baseline(), trend.burstScore(),
                    trend.negativeCount(), check, detail, String.join(",", samples));
        }
        return Optional.empty();
    }
}
