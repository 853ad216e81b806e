package vn.tinradar.common.event;

import java.util.List;

/**
 * Why an article was judged about the province or not: the basis of the decision and the mentions behind it.
 *
 * @param basis {@code province-source} (a source that writes only about the province), {@code title},
 *     {@code lead} or {@code body} (where a mention that makes the province the subject stands), {@code passing}
 *     (every mention is incidental) or {@code none} (no place of the province named)
 * @param evidence the mentions as written, each with where it stands or why it does not count, e.g.
 *     {@code title: "Lào Cai"}, {@code passing (home): "Đắk Lắk"}
 */
public record Relevance(String basis, List<String> evidence) {

    public Relevance {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** True when the basis makes the article about the province. */
    public boolean relevant() {
        return switch (basis) {
            case "province-source", "title", "lead", "body" -> true;
            default -> false;
        };
    }
}
