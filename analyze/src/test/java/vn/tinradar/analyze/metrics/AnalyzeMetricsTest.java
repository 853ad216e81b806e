package vn.tinradar.analyze.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The meters of the analyze stage as a scraper sees them. */
class AnalyzeMetricsTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AnalyzeMetrics metrics = new AnalyzeMetrics(registry);

    @Test
    void countsArticlesPerStageFromZero() {
        metrics.article(AnalyzeMetrics.Stage.IN);
        metrics.article(AnalyzeMetrics.Stage.IN);
        metrics.article(AnalyzeMetrics.Stage.INDEXED);

        assertThat(registry.get("tinradar.analyze.articles").tag("stage", "in").counter().count()).isEqualTo(2);
        assertThat(registry.get("tinradar.analyze.articles").tag("stage", "indexed").counter().count()).isEqualTo(1);
        assertThat(registry.get("tinradar.analyze.articles").tag("stage", "rejected").counter().count()).isZero();
    }

    @Test
    void gaugeSumsTheDocumentsOfOpenShards() {
        AnalyzeMetrics.IndexGauges shard = new AnalyzeMetrics.IndexGauges() {
            @Override
            public long documentCount() {
                return 42;
            }

            @Override
            public long sizeBytes() {
                return 1024;
            }
        };
        metrics.addShard(shard);
        assertThat(registry.get("tinradar.analyze.index.documents").gauge().value()).isEqualTo(42);

        metrics.removeShard(shard);
        assertThat(registry.get("tinradar.analyze.index.documents").gauge().value()).isZero();
    }

    @Test
    void countsTrendsByKindAndBackfill() {
        metrics.trendEmitted("topic-place", false);

        assertThat(registry.get("tinradar.analyze.trends.emitted").tag("kind", "topic-place")
                .tag("backfill", "false").counter().count()).isEqualTo(1);
    }

    @Test
    void trendWatchGaugesKeepReadingWhenOnlyTheRegistryHoldsTheirSource() throws Exception {
        metrics.trendWatch(new AnalyzeMetrics.WatchGauges() {
            @Override
            public long partitions() {
                return 3;
            }

            @Override
            public long watching() {
                return 1;
            }
        });
        // a source held weakly is gone after a collection and its gauges read NaN (seen on a running process)
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(registry.get("tinradar.analyze.trends.partitions").gauge().value()).isEqualTo(3);
        assertThat(registry.get("tinradar.analyze.trends.partitions.watching").gauge().value()).isEqualTo(1);
    }
}
