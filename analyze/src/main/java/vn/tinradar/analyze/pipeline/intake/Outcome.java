package vn.tinradar.analyze.pipeline.intake;

import vn.tinradar.common.event.Rejected;

/** What one step made of a record: either a value to pass on or the reason it goes to the rejected topic. */
public record Outcome<T>(T value, Rejected rejected) {

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> rejected(Rejected rejected) {
        return new Outcome<>(null, rejected);
    }

    /** The value as a list of zero or one, for {@code flatMapValues}: rejected outcomes drop out. */
    public static <T> java.util.List<T> okValue(Outcome<T> outcome) {
        return outcome.isOk() ? java.util.List.of(outcome.value()) : java.util.List.of();
    }

    public boolean isOk() {
        return rejected == null;
    }
}
