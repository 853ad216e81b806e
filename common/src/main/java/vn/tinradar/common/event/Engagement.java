package vn.tinradar.common.event;

/** Reactions a social post received when it was collected; null counts mean unknown. */
public record Engagement(Long like, Long comment, Long share) {

    public long total() {
        return nz(like) + nz(comment) + nz(share);
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
