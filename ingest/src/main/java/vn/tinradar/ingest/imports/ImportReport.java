package vn.tinradar.ingest.imports;

import java.util.List;

/**
 * What one import file gave: how many posts were sent, and each line refused with its number and reason; a
 * file refused whole (too large, not UTF-8, an unknown layout) has {@code fileError} set and no lines.
 */
public record ImportReport(String file, int sent, List<RefusedLine> refused, String fileError) {

    public ImportReport {
        refused = List.copyOf(refused);
    }

    static ImportReport refusedWhole(String file, String error) {
        return new ImportReport(file, 0, List.of(), error);
    }

    /** One line that did not become a post. */
    public record RefusedLine(long line, String reason, String detail) {
    }

    /** The report staff read beside the file, in Vietnamese with the reason codes kept for searching. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Tệp: ").append(file).append('\n');
        if (fileError != null) {
            sb.append("Không nhập được tệp: ").append(fileError).append('\n');
            return sb.toString();
        }
        sb.append("Đã nhập: ").append(sent).append(" bài đăng\n");
        sb.append("Dòng bị từ chối: ").append(refused.size()).append('\n');
        for (RefusedLine r : refused) {
            sb.append("  dòng ").append(r.line()).append(": ").append(r.reason()).append(" — ").append(r.detail())
                    .append('\n');
        }
        return sb.toString();
    }
}
