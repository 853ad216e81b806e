package vn.tinradar.analyze.cluster;

/** The value of {@value StoryClusterer#MERGES_STORE}: the story an absorbed story id now lives in, and since when. */
public record StoryMerge(String into, long mergedAt) {
}
