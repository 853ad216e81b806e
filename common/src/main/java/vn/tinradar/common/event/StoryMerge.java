package vn.tinradar.common.event;

import java.time.Instant;

/**
 * One story found to be part of another: the value of {@code stories.merges}, keyed by the absorbed story id
 * (compacted). A bridging report showed both stories to be one event; the absorbed story's articles now belong to
 * {@code into}, and {@code stories} carries a tombstone for {@code story}. Readers that kept an article's story id
 * from before the merge follow these records (possibly several hops) to the story it is part of now.
 *
 * @param story the absorbed story id
 * @param into  the story that absorbed it (the one first seen earliest)
 * @param at    when the bridging article that showed it was scored
 */
public record StoryMerge(int v, String story, String into, Instant at) {

    public static final int VERSION = 1;
}
