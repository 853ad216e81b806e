package vn.tinradar.alerts.policy.book;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.tinradar.common.event.DraftPolicy;

/**
 * A draft policy as the dashboard's form sends it: dates as {@code yyyy-MM-dd}, key terms as a list.
 * {@link #check} turns it into a {@link DraftPolicy} or names the field that is wrong.
 */
public record PolicyForm(String id, String name, String agency, String consultationFrom, String consultationTo,
                         List<String> keywords) {

    /**
     * The policy this form describes, entered by {@code user} now.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed, in Vietnamese for staff
     */
    public DraftPolicy check(String user, Clock clock) {
        if (id == null || !id.matches("[a-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("id: chỉ gồm chữ thường không dấu, số và '-' (tối đa 60 ký tự), nhận được '"
                    + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: dự thảo cần có tên");
        }
        LocalDate from = date("consultationFrom", consultationFrom);
        LocalDate to = date("consultationTo", consultationTo);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("consultationTo: ngày kết thúc lấy ý kiến " + to
                    + " trước ngày bắt đầu " + from);
        }
        List<String> terms = keywords == null ? List.of()
                : keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("keywords: cần ít nhất một từ khóa nhận diện dự thảo");
        }
        return new DraftPolicy(DraftPolicy.VERSION, id, name.strip(), agency == null ? "" : agency.strip(), from, to,
                terms, user, clock.instant());
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": ngày phải có dạng yyyy-MM-dd, nhận được '" + value + "'", e);
        }
    }
}
