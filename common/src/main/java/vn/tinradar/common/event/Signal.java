package vn.tinradar.common.event;

/** One reason a flag was raised: its name, how much it counted, and what in the data fired it. */
public record Signal(String name, double weight, String evidence) {
}
