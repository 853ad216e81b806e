package vn.tinradar.alerts.report.docx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.tinradar.alerts.report.ReportView;

/**
 * The summary report as a Word document in the layout of Nghị định 30/2020/NĐ-CP: the header of agency and
 * national motto side by side, number and date line, "BÁO CÁO" and its subject, numbered body sections with the
 * figures, tables and charts, then "Nơi nhận" beside the signature block. Written with Apache POI; the leaders'
 * office edits, numbers and signs it like any document it drafts.
 */
public final class ReportDocx {

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TITLE = "BÁO CÁO";
    static final String COPIES_TO = "Nơi nhận:";
    /** The header table's columns over the 165 mm of text: agency left, motto right. */
    private static final int LEFT_PERCENT = 40;
    private static final double TEXT_WIDTH_MM = 165;
    private static final String[] SECTIONS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final DocumentIssuer issuer;

    public ReportDocx(DocumentIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * The document of a report.
     *
     * @param view the report's figures and sentences, as its page shows them
     * @param charts the report's charts by file name, embedded in the order of the page
     * @param subject the trích yếu ({@link ReportSubject})
     * @param issued the day in the date line
     */
    public byte[] write(ReportView view, Map<String, byte[]> charts, String subject, LocalDate issued)
            throws IOException {
        DocxWriter w = new DocxWriter();
        header(w, issued);
        w.centred("", DocxWriter.BODY_PT, false, false);
        w.centred(TITLE, DocxWriter.BODY_PT, true, false);
        XWPFParagraph about = w.centred(subject, DocxWriter.BODY_PT, true, false);
        DocxWriter.ruleUnder(about, TEXT_WIDTH_MM, TEXT_WIDTH_MM * 0.4);
        w.centred("", DocxWriter.BODY_PT, false, false);
        body(w, view, charts);
        w.prose("Trên đây là báo cáo " + lowerFirst(subject) + "./.");
        signature(w);
        w.pageNumbers();
        return w.bytes();
    }

    private void header(DocxWriter w, LocalDate issued) {
        XWPFTable t = w.layoutTable(2, LEFT_PERCENT);
        double leftMm = TEXT_WIDTH_MM * LEFT_PERCENT / 100;
        double rightMm = TEXT_WIDTH_MM - leftMm;
        XWPFTableCell agency = t.getRow(0).getCell(0);
        centre(DocxWriter.first(agency), issuer.governingBody(), DocxWriter.HEADER_PT, false, false);
        XWPFParagraph name = DocxWriter.addCentred(agency, issuer.agency(), DocxWriter.HEADER_PT, true, false);
        DocxWriter.ruleUnder(name, leftMm, 25);
        XWPFTableCell nation = t.getRow(0).getCell(1);
        centre(DocxWriter.first(nation), NATIONAL_NAME, DocxWriter.HEADER_PT, true, false);
        XWPFParagraph motto = DocxWriter.addCentred(nation, MOTTO, DocxWriter.BODY_PT, true, false);
        DocxWriter.ruleUnder(motto, rightMm, 62);
        centre(DocxWriter.first(t.getRow(1).getCell(0)), issuer.numberLine(), DocxWriter.HEADER_PT, false, false);
        centre(DocxWriter.first(t.getRow(1).getCell(1)), issuer.dateLine(issued), DocxWriter.BODY_PT, false, true);
    }

    private static void centre(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxWriter.run(p, text, pt, bold, italic);
    }

    private static void body(DocxWriter w, ReportView v, Map<String, byte[]> charts) throws IOException {
        w.prose("Căn cứ số liệu do hệ thống TinRadar tự động tổng hợp từ các bài báo, trang tin đã thu thập (so sánh "
                + "với kỳ trước, " + v.previousPeriod() + "), kết quả theo dõi như sau:");
        if (v.noData() != null) {
            w.prose(v.noData());
            return;
        }
        Sections s = new Sections(w);
        s.next("TÌNH HÌNH CHUNG");
        for (String line : v.highlights()) {
            w.prose("- " + line);
        }
        chart(w, v.volume(), charts);
        chart(w, v.tone(), charts);
        chart(w, v.negativeTrend(), charts);

        s.next("THÔNG TIN THEO CHỦ ĐỀ, ĐỊA BÀN VÀ NGUỒN TIN");
        breakdown(w, "1. Theo chủ đề", "Chủ đề", v.topics());
        chart(w, v.topicsChart(), charts);
        breakdown(w, "2. Theo địa bàn", "Địa bàn", v.places());
        breakdown(w, "3. Theo nguồn tin", "Nguồn tin", v.sources());
        breakdown(w, "4. Theo loại nguồn", "Loại nguồn", v.tiers());

        s.next("DỰ BÁO TUẦN TỚI");
        w.prose(v.outlook().note());
        if (!v.outlook().rows().isEmpty()) {
            w.dataTable(List.of("Loại", "Tên", "Dự kiến (bài)", "Khoảng 80%"),
                    v.outlook().rows().stream().map(f -> List.of(f.kind(), f.name(), n(f.expected()), f.interval()))
                            .toList(),
                    List.of(false, false, true, true));
        }

        s.next("SỰ KIỆN NỔI BẬT");
        if (v.topStories().isEmpty()) {
            w.prose("Không có sự kiện nào được từ hai bài trở lên cùng đưa tin.");
        } else {
            w.dataTable(List.of("Sự kiện", "Số bài", "Số nguồn", "Tiêu cực", "Xử lý"),
                    v.topStories().stream().map(st -> List.of(st.title(), n(st.articles()), n(st.sources()),
                            n(st.negative()), st.outcome())).toList(),
                    List.of(false, true, true, true, false));
        }

        s.next("CẢNH BÁO VÀ XỬ LÝ");
        w.prose(v.alertsLine() + ".");
        if (!v.rules().isEmpty()) {
            w.dataTable(List.of("Loại cảnh báo", "Kỳ này", "Kỳ trước"),
                    v.rules().stream().map(r -> List.of(r.name(), n(r.current()), n(r.previous()))).toList(),
                    List.of(false, true, true));
        }

        s.next("TIN NGHI SAI SỰ THẬT (TIN NGHI VẤN)");
        if (v.suspicious().isEmpty()) {
            w.prose("Không phát hiện tin nghi sai sự thật.");
        } else {
            w.dataTable(List.of("Bài nghi vấn nhất", "Điểm", "Số bài", "Xử lý"),
                    v.suspicious().stream().map(i -> List.of(article(i.article()), i.score(), n(i.articles()),
                            i.outcome())).toList(),
                    List.of(false, true, true, false));
        }

        s.next("DỰ THẢO CHÍNH SÁCH ĐANG LẤY Ý KIẾN");
        if (v.policies().isEmpty()) {
            w.prose("Không có dự thảo chính sách nào đang lấy ý kiến trong kỳ.");
        }
        for (ReportView.Policy p : v.policies()) {
            w.prose("- " + p.name() + " (lấy ý kiến từ " + p.consultationFrom() + " đến " + p.consultationTo() + "): "
                    + p.line());
            for (String alert : p.alerts()) {
                w.prose("+ Cảnh báo: " + alert);
            }
        }

        s.next("SỰ CỐ TRUYỀN THÔNG");
        if (v.incidents().isEmpty()) {
            w.prose("Không có sự cố truyền thông nào được mở hoặc đang xử lý trong kỳ.");
        } else {
            w.dataTable(List.of("Sự cố", "Mở", "Đóng", "Phản hồi chính thức", "Kết quả", "Bài học"),
                    v.incidents().stream().map(c -> List.of(c.title() + " (" + c.story() + ")", c.opened(), c.closed(),
                            c.responses(), c.outcome(), c.lessons())).toList(),
                    List.of(false, false, false, false, false, false));
        }

        if (!v.responses().isEmpty()) {
            s.next("YÊU CẦU PHẢN HỒI CHÍNH THỨC");
            w.dataTable(List.of("Cơ quan", "Vấn đề", "Hạn", "Trạng thái", "Phản hồi"),
                    v.responses().stream().map(q -> List.of(q.agency(), q.issue(), q.due(), q.status(), q.response()))
                            .toList(),
                    List.of(false, false, false, false, false));
        }
    }

    private static void breakdown(DocxWriter w, String heading, String what, List<ReportView.Row> rows) {
        w.prose(heading);
        if (rows.isEmpty()) {
            w.prose("Không có bài.");
            return;
        }
        w.dataTable(List.of(what, "Kỳ này", "Kỳ trước", "Thay đổi"),
                rows.stream().map(r -> List.of(r.name(), n(r.current()), n(r.previous()), r.change())).toList(),
                List.of(false, true, true, true));
    }

    private static void chart(DocxWriter w, ReportView.Chart chart, Map<String, byte[]> charts) throws IOException {
        if (chart != null && charts.containsKey(chart.src())) {
            w.picture(chart.src(), charts.get(chart.src()));
        }
    }

    private static String article(ReportView.ArticleLink a) {
        return a.title() + (a.source() == null ? "" : " (" + a.source()
                + (a.published() == null ? "" : ", " + a.published()) + ")");
    }

    /** "Nơi nhận:" with its list on the left, the signer on the right, as NĐ 30 places them. */
    private void signature(DocxWriter w) {
        w.centred("", DocxWriter.BODY_PT, false, false);
        XWPFTable t = w.layoutTable(1, 45);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph heading = DocxWriter.first(left);
        DocxWriter.run(heading, COPIES_TO, DocxWriter.TABLE_PT, true, true);
        List<String> copies = issuer.copiesTo();
        for (int i = 0; i < copies.size(); i++) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingAfter(0);
            DocxWriter.run(p, "- " + copies.get(i) + (i == copies.size() - 1 ? "." : ";"), DocxWriter.SMALL_PT,
                    false, false);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        centre(DocxWriter.first(right), issuer.signerTitle(), DocxWriter.BODY_PT, true, false);
        for (int line = 0; line < 4; line++) { // room for the signature and the seal
            DocxWriter.addCentred(right, "", DocxWriter.BODY_PT, false, false);
        }
        DocxWriter.addCentred(right, issuer.signerName(), DocxWriter.BODY_PT, true, false);
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Numbers the body's sections I, II, III… in the order they are written. */
    private static final class Sections {

        private final DocxWriter w;
        private int next;

        Sections(DocxWriter w) {
            this.w = w;
        }

        void next(String title) {
            w.heading(SECTIONS[next++] + ". " + title);
        }
    }
}
