package vn.tinradar.common.event;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

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
    /** More hops than any real chain of merges; guards against a cycle written by a broken producer. */
    static final int MAX_HOPS = 32;

    public StoryMerge(String story, String into, Instant at) {
        this(VERSION, story, into, at);
    }

    /**
     * The story {@code storyId} is part of now: itself unless it was absorbed, else where the merge records lead;
     * null stays null.
     *
     * @param merges the merge record of an absorbed story id, null when the story was never absorbed
     */
    public static String current(String storyId, Function<String, StoryMerge> merges) {
        String id = storyId;
        Set<String> seen = new HashSet<>();
        for (int hop = 0; id != null && hop < MAX_HOPS && seen.add(id); hop++) {
            StoryMerge m = merges.apply(id);
            if (m == null || m.into() == null || m.into().equals(id)) {
                return id;
            }
            id = m.into();
        }
        return id;
    }
}
