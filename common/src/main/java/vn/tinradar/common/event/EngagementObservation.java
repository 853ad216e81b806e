package vn.tinradar.common.event;

import java.time.Instant;

/**
 * The counts of a social post at one poll or import: one point of the post's engagement over time.
 *
 * @param at when the counts were read (the article's fetch time, else its arrival)
 * @param counts the counts read then
 */
public record EngagementObservation(Instant at, Engagement counts) {
}
