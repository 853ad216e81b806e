package vn.tinradar.analyze.pipeline.history;

/** The value of {@value SourceHistories#STORE}: a source's domain, its earliest article time (epoch ms), its count. */
public record DomainSeen(String domain, long firstSeenMs, long articles) {
}
