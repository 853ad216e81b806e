package vn.tinradar.alerts.spokes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinradar.common.text.VietnameseText;

/**
 * Reads the directory as admins keep it in a spreadsheet: one line per spokesperson with their agency's columns
 * ({@value #HEADER}), or an agency alone with the person's columns empty. Headers may come in any order, with or
 * without diacritics; topics are separated by {@code |}. A line that cannot be read is reported with its number and
 * the reason, and the others are still read.
 */
public final class DirectoryCsv {

    public static final String HEADER = "co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai";
    private static final List<String> COLUMNS = Arrays.asList(HEADER.split(","));
    private static final List<String> REQUIRED = List.of("co_quan", "cap");

    /** One line read: its number, the agency it names and the spokesperson on it (null for an agency alone). */
    public record Line(int number, AgencyDraft agency, PersonDraft person) {
    }

    /** A line left out: its number and why, in Vietnamese. */
    public record Rejected(int line, String reason) {
    }

    /** Everything read from one file. */
    public record Parsed(List<Line> lines, List<Rejected> rejected) {
    }

    private DirectoryCsv() {
    }

    public static Parsed parse(String text) {
        List<CsvRecords.Record> records = CsvRecords.parse(text == null ? "" : text);
        List<Line> lines = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (records.isEmpty()) {
            rejected.add(new Rejected(1, "tệp trống: dòng đầu phải là tiêu đề " + HEADER));
            return new Parsed(lines, rejected);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = VietnameseText.fold(header.get(i).strip()).toLowerCase(Locale.ROOT).replaceAll("[ -]+", "_");
            if (COLUMNS.contains(name)) {
                index.putIfAbsent(name, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            rejected.add(new Rejected(records.get(0).line(), "tiêu đề thiếu cột " + String.join(", ", missing)
                    + "; tiêu đề đúng: " + HEADER));
            return new Parsed(lines, rejected);
        }
        for (CsvRecords.Record r : records.subList(1, records.size())) {
            if (r.error() != null) {
                rejected.add(new Rejected(r.line(), r.error()));
                continue;
            }
            if (r.fields().size() > header.size()) {
                rejected.add(new Rejected(r.line(), "có " + r.fields().size() + " cột, tiêu đề chỉ có "
                        + header.size() + " (một ô chứa dấu phẩy cần đặt trong ngoặc kép)"));
                continue;
            }
            lines.add(line(r, index));
        }
        return new Parsed(lines, rejected);
    }

    private static Line line(CsvRecords.Record r, Map<String, Integer> index) {
        AgencyDraft agency = new AgencyDraft(cell(r, index, "co_quan"), cell(r, index, "cap"),
                cell(r, index, "dia_ban"), Arrays.stream(cell(r, index, "chu_de").split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        String person = cell(r, index, "nguoi_phat_ngon");
        String email = cell(r, index, "email");
        boolean hasPerson = !person.isBlank() || !email.isBlank();
        return new Line(r.line(), agency, hasPerson ? new PersonDraft(person, cell(r, index, "chuc_vu"), null, email,
                cell(r, index, "dien_thoai")) : null);
    }

    private static String cell(CsvRecords.Record r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= r.fields().size() ? "" : r.fields().get(i).strip();
    }
}
