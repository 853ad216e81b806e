package vn.tinradar.common.event;

/**
 * One run of words in a word-level diff: kept ({@code same}), taken out ({@code del}) or put in ({@code ins}).
 *
 * @param text the words as the page wrote them, single spaces between them
 */
public record DiffSpan(String op, String text) {

    public static final String SAME = "same";
    public static final String DELETED = "del";
    public static final String INSERTED = "ins";
}
