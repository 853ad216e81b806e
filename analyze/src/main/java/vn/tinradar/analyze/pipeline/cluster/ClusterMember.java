package vn.tinradar.analyze.pipeline.cluster;

import java.time.Instant;
import java.util.List;

/**
 * One recently clustered article as the clusterer remembers it (store {@value StoryClusterer#MEMBERS_STORE}).
 *
 * @param root id of the earliest copy of this text (its own id when it is an original)
 * @param clusteredAt record time when it was clustered; members leave after the story window of stream time
 * @param localPlaces ids of the communes and wards the article names (null in members stored before they were kept)
 */
public record ClusterMember(String id, String storyId, String root, String sourceId, Instant published,
                            long clusteredAt, String contentHash, TextFeatures features, List<String> localPlaces) {

    /** The same member, moved to another story (its story was absorbed by that one). */
    ClusterMember inStory(String newStoryId) {
        return new ClusterMember(id, newStoryId, root, sourceId, published, clusteredAt, contentHash, features,
                localPlaces);
    }

    /** Two articles that each name communes or wards, but none in common, report different events. */
    boolean differentPlaces(List<String> others) {
        if (localPlaces == null || localPlaces.isEmpty() || others == null || others.isEmpty()) {
            return false;
        }
        return others.stream().noneMatch(localPlaces::contains);
    }
}
