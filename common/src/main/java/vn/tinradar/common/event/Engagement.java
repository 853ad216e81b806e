package vn.tinradar.common.event;

/**
 * Reactions a social post had when it was collected; a null count means unknown (records written before views were
 * kept have {@code view} null).
 *
 * @param view how many times it was viewed, where the platform says (YouTube's statistics, Telegram's counter)
 */
public record Engagement(Long like, Long comment, Long share, Long view) {

    /** Counts of a platform that shows no views. */
    public Engagement(Long like, Long comment, Long share) {
        this(like, comment, share, null);
    }

    /** Likes, comments and shares together; views are not reactions and stay out. */
    public long total() {
        return nz(like) + nz(comment) + nz(share);
    }

    /** Shares and comments: the reactions that carry a post further, what spread speed counts. */
    public long spread() {
        return nz(share) + nz(comment);
    }

    private static long nz(Long value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
