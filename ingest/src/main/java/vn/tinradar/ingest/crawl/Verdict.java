package vn.tinradar.ingest.crawl;

/**
 * An {@link ItemFilter}'s decision on one item, and what the poller then does: remember it as seen, send a
 * dead letter, log one line.
 *
 * @param rejectReason the {@code ingest.rejected} reason, or null for no dead letter
 * @param event the log event name, or null for no log line; {@code eventDetail} is its key=value tail
 */
public record Verdict(Action action, Remember remember, String rejectReason, String rejectDetail, String event,
                      String eventDetail) {

    /** What becomes of the item. */
    public enum Action {
        /** Passed on to the next rule, and sent when every rule keeps it. */
        KEEP,
        /** Dropped for good (as far as {@link Remember} says). */
        SKIP,
        /** Left for a later poll: not remembered, and the feed's validators are not kept so it is listed again. */
        DEFER
    }

    /** What the crawl state remembers of a dropped item under its id. */
    public enum Remember {
        NOTHING,
        /** The version sent before, noting that the feed's new revision date has been looked at. */
        REVISION_DATE,
        /** That the item was tried and its page gave nothing: no content hash, no date. */
        UNUSABLE_PAGE,
        /** The article as assembled, as if it had been sent. */
        ARTICLE
    }

    private static final Verdict KEEP = new Verdict(Action.KEEP, Remember.NOTHING, null, null, null, null);

    public static Verdict keep() {
        return KEEP;
    }

    public static Verdict skip(Remember remember) {
        return new Verdict(Action.SKIP, remember, null, null, null, null);
    }

    public static Verdict defer() {
        return new Verdict(Action.DEFER, Remember.NOTHING, null, null, null, null);
    }

    /** This verdict, also sending a dead letter with {@code reason}. */
    public Verdict rejecting(String reason, String detail) {
        return new Verdict(action, remember, reason, detail, event, eventDetail);
    }

    /** This verdict, also logging {@code event} with the key=value pairs in {@code detail}. */
    public Verdict logging(String event, String detail) {
        return new Verdict(action, remember, rejectReason, rejectDetail, event, detail);
    }

    public boolean keeps() {
        return action == Action.KEEP;
    }
}
