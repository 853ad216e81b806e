package vn.tinradar.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which metric names an expression of the dashboard or the rules queries: the input of OpsQueriesMatchMetricsIT. */
class PromQlMetricNamesTest {

    @Test
    void findsTheCounterInsideAnAggregatedRate() {
        assertThat(PromQlMetricNames.of("sum by (source) (rate(tinradar_ingest_items_emitted_total[5m])) * 60"))
                .containsExactly("tinradar_ingest_items_emitted_total");
    }

    @Test
    void ignoresLabelNamesAndValuesAndGroupingLabels() {
        assertThat(PromQlMetricNames.of(
                "sum by (instance, topic) (kafka_consumer_fetch_manager_records_lag{client_id=~\".*-consumer\"}) > 1000"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag");
    }

    @Test
    void findsEveryOperandOfSetOperators() {
        assertThat(PromQlMetricNames.of("(count by (instance) (tinradar_analyze_index_documents or tinradar_alerts_current)"
                + " unless on(instance) kafka_stream_alive_stream_threads)"))
                .containsExactly("kafka_stream_alive_stream_threads", "tinradar_alerts_current",
                        "tinradar_analyze_index_documents");
    }

    @Test
    void keepsTheHistogramSuffixThatIsScraped() {
        assertThat(PromQlMetricNames.of(
                "histogram_quantile(0.95, sum by (le) (rate(tinradar_ingest_fetch_latency_seconds_bucket[5m])))"))
                .containsExactly("tinradar_ingest_fetch_latency_seconds_bucket");
    }
}
