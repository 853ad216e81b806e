package vn.tinradar.common.event;

import java.util.List;

/** One public-concern topic with a score in [0,1] and the words that support it. */
public record TopicScore(String label, double score, List<String> evidence) {
}
