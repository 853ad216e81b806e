package vn.tinradar.alerts.spokes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma or semicolon, double quotes around a field holding either or a line break, a
 * doubled quote inside) into records, each with the line it starts on, as spreadsheets save them.
 */
final class CsvRecords {

    /** One record: the line it starts on and its fields; {@code error} is set when its quoting is broken. */
    record Record(int line, List<String> fields, String error) {
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(body);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, new Record(start, List.copyOf(fields), null));
                fields.clear();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(records, new Record(start, List.copyOf(fields),
                quoted ? "dấu ngoặc kép mở ở dòng " + start + " không được đóng" : null));
        return records;
    }

    /** Comma, unless the header line has more semicolons than commas (Excel in a Vietnamese locale). */
    private static char separator(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static void addUnlessBlank(List<Record> records, Record r) {
        if (r.error() != null || r.fields().stream().anyMatch(f -> !f.isBlank())) {
            records.add(r);
        }
    }
}
