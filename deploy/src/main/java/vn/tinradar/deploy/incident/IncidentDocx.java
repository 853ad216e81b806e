package vn.tinradar.deploy.incident;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.IncidentTask;

/**
 * The incident report as a Word document (Apache POI), with the same parts as the PDF, so staff can edit it
 * before it goes to the leaders: heading, responses, their effect with the charts, tasks, hand-overs, timeline,
 * summary and lessons. Text in Times New Roman, as administrative documents are.
 */
public final class IncidentDocx {

    private static final String FONT = "Times New Roman";

    private IncidentDocx() {
    }

    public static byte[] render(IncidentReport r) throws IOException {
        Incident i = r.incident();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc.createParagraph(), "Báo cáo sự cố: " + i.title(), true, 16);
            text(doc, "Mở lúc " + IncidentPdf.time(i.openedAt()) + " bởi " + i.openedBy() + " (từ "
                    + ("alert".equals(i.openedFrom()) ? "cảnh báo " : "sự kiện ") + i.openedFromId() + "). Trạng thái: "
                    + IncidentReport.statusName(i) + (i.open() ? "" : ", đóng lúc " + IncidentPdf.time(i.closedAt())
                    + " bởi " + i.closedBy()) + ". Số bài thu thập: " + i.articles().size() + ".");

            heading(doc, "Phản hồi chính thức");
            if (i.responses().isEmpty()) {
                text(doc, "Chưa có phản hồi chính thức.");
            } else {
                XWPFTable t = table(doc, List.of("Thời gian", "Cơ quan", "Người phát ngôn", "Kênh", "Nội dung"));
                for (IncidentResponse resp : i.responses()) {
                    row(t, List.of(IncidentPdf.time(resp.at()), resp.agency(), nz(resp.spokesperson()),
                            resp.channel(), nz(resp.text()) + (resp.link() == null ? "" : " " + resp.link())));
                }
            }

            heading(doc, "Đề nghị phản hồi chính thức");
            if (r.requests().isEmpty()) {
                text(doc, "Chưa có đề nghị phản hồi nào từ các cảnh báo của sự cố.");
            } else {
                XWPFTable t = table(doc, IncidentRequests.HEADERS);
                r.requests().forEach(q -> row(t, IncidentRequests.row(q, r.madeAt())));
            }

            heading(doc, "Diễn biến đưa tin trước và sau phản hồi");
            picture(doc, r.coverageChart().orElse(null), "so-bai.png", 320);
            picture(doc, r.toneChart().orElse(null), "sac-thai.png", 300);
            for (ResponseEffect e : r.effects()) {
                text(doc, e.responseId() + " — " + e.agency() + " (" + IncidentPdf.time(e.at()) + "): "
                        + IncidentPdf.effectLine(e));
                if (!e.claims().isEmpty()) {
                    XWPFTable t = table(doc, List.of("Tin sai đã kiểm chứng", "Bài lặp lại trước", "Sau", "Kết quả"));
                    for (ResponseEffect.ClaimSpread c : e.claims()) {
                        row(t, List.of(c.claim(), String.valueOf(c.before()), String.valueOf(c.after()),
                                IncidentPdf.spreadWord(c)));
                    }
                }
            }

            heading(doc, "Nhiệm vụ");
            if (i.tasks().isEmpty()) {
                text(doc, "Không có nhiệm vụ.");
            } else {
                XWPFTable t = table(doc, List.of("Nhiệm vụ", "Người thực hiện", "Hạn", "Tình trạng"));
                for (IncidentTask task : i.tasks()) {
                    row(t, List.of(task.text(), task.owner(), IncidentPdf.time(task.deadline()),
                            IncidentPdf.taskState(task)));
                }
            }

            heading(doc, "Nhật ký bàn giao ca");
            if (i.handovers().isEmpty()) {
                text(doc, "Chưa có bàn giao.");
            }
            i.handovers().forEach(h -> text(doc, IncidentPdf.time(h.at()) + " — " + h.by() + ": " + h.text()));

            heading(doc, "Dòng thời gian");
            XWPFTable t = table(doc, List.of("Thời gian", "Loại", "Nội dung"));
            for (TimelineEntry e : r.timeline()) {
                String meta = IncidentPdf.meta(e);
                row(t, List.of(IncidentPdf.time(e.at()), IncidentReport.kindName(e.kind()), nz(e.title())
                        + (meta.isEmpty() ? "" : " (" + meta + ")")
                        + (e.detail() == null || e.detail().isBlank() ? "" : "\n" + e.detail())));
            }

            heading(doc, "Tổng kết và bài học kinh nghiệm");
            text(doc, "Tổng kết: " + (i.summary() == null ? "(sự cố chưa đóng)" : i.summary()));
            text(doc, "Bài học: " + (i.lessons() == null ? "(sự cố chưa đóng)" : i.lessons()));
            text(doc, "Lập lúc " + IncidentPdf.time(r.madeAt()) + " bởi TinRadar.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, true, 13);
    }

    private static void text(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, false, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                run.addBreak();
            }
            run.setText(lines[k], k);
        }
    }

    private static XWPFTable table(XWPFDocument doc, List<String> headers) {
        XWPFTable t = doc.createTable(1, headers.size());
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        for (int k = 0; k < headers.size(); k++) {
            XWPFParagraph p = head.getCell(k).getParagraphs().get(0);
            run(p, headers.get(k), true, 11);
        }
        return t;
    }

    private static void row(XWPFTable t, List<String> cells) {
        XWPFTableRow r = t.createRow();
        for (int k = 0; k < cells.size(); k++) {
            run(r.getCell(k).getParagraphs().get(0), nz(cells.get(k)), false, 11);
        }
    }

    private static void picture(XWPFDocument doc, byte[] png, String name, int heightPx) throws IOException {
        if (png == null) {
            return;
        }
        try {
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    name, Units.toEMU(IncidentCharts.WIDTH * 0.62), Units.toEMU(heightPx * 0.62));
        } catch (InvalidFormatException e) {
            throw new IOException("chart " + name + " is not a PNG POI accepts", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
