package vn.tinradar.analyze.cluster;

import java.time.Instant;

/**
 * One recently clustered article as the clusterer remembers it (store {@value StoryClusterer#MEMBERS_STORE}).
 *
 * @param root id of the earliest copy of this text (its own id when it is an original)
 * @param clusteredAt record time when it was clustered; members leave after the story window of stream time
 */
public record ClusterMember(String id, String storyId, String root, String sourceId, Instant published,
                            long clusteredAt, String contentHash, TextFeatures features) {
}
