package vn.tinradar.analyze.query.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.text.VnTime;

/**
 * A search's results as a file staff open in Excel: CSV in UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as Windows-1252), comma-separated, every field quoted, one line per hit in the search's order. Times
 * are dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh; the snippet is plain text (marks and escapes removed).
 */
public final class SearchExport {

    static final String[] HEADER = {"id", "tieu_de", "dia_chi", "nguon", "ma_nguon", "loai_nguon", "thoi_gian_dang",
        "chu_de", "dia_ban", "sac_thai", "diem_sac_thai", "diem_nghi_van", "tin_hieu_nghi_van", "su_kien",
        "ban_sao_cua", "diem_phu_hop", "trich_doan"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VnTime.ZONE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private SearchExport() {
    }

    public static byte[] csv(SearchResult result) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of(HEADER));
        for (SearchResult.Hit h : result.hits()) {
            line(sb, List.of(
                    h.id(), nz(h.title()), nz(h.url()), nz(h.source()), nz(h.sourceId()),
                    h.tier() == null ? "" : h.tier().id(),
                    h.published() == null ? "" : TIME.format(h.published()),
                    h.topics() == null ? "" : String.join("; ", h.topics().stream()
                            .map(t -> t.label() + " (" + decimal(t.score()) + ")").toList()),
                    h.places() == null ? "" : String.join("; ", h.places().stream().map(SearchExport::place).toList()),
                    h.sentiment() == null ? "" : nz(h.sentiment().label()),
                    h.sentiment() == null ? "" : decimal(h.sentiment().score()),
                    h.suspicion() == null ? "" : decimal(h.suspicion().score()),
                    h.suspicion() == null || h.suspicion().signals() == null ? ""
                            : String.join("; ", h.suspicion().signals().stream().map(g -> g.name()).toList()),
                    nz(h.storyId()), nz(h.duplicateOf()), decimal(h.score()), plain(h.snippet())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The snippet's text: {@code <mark>} dropped, the HTML escapes turned back into characters. */
    static String plain(String snippet) {
        if (snippet == null) {
            return "";
        }
        String text = snippet.replace("<mark>", "").replace("</mark>", "");
        Matcher m = ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String ch = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(ch));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String place(PlaceTag p) {
        String name = p.name() == null ? p.id() : p.name();
        return p.matched() != null && !p.matched().equalsIgnoreCase(name) ? name + " (bài ghi: " + p.matched() + ")"
                : name;
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            // every field quoted, quotes doubled; a formula-looking field gets a leading quote so Excel shows it
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?\\d+(\\.\\d+)?")) {
                f = "'" + f;
            }
            sb.append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
