package vn.tinradar.alerts.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The compiled feedback on a draft as a Word file the drafting unit can attach to its "báo cáo tiếp thu, giải
 * trình": title, the policy and its consultation window, a table of counts per stance, then the arguments for,
 * against and the questions, each with its representative sentence and every sentence with its source and link.
 */
public final class FeedbackDocx {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String TITLE = "TỔNG HỢP Ý KIẾN PHẢN HỒI TRÊN BÁO CHÍ VỀ DỰ THẢO";
    static final List<Stance> SECTIONS = List.of(Stance.FOR, Stance.AGAINST, Stance.QUESTION);

    private FeedbackDocx() {
    }

    /** The .docx bytes of {@code feedback}. */
    public static byte[] write(CompiledFeedback feedback) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, TITLE, true, false, 14);
            XWPFParagraph name = doc.createParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            run(name, feedback.policy().name(), true, false, 13);
            line(doc, "Thời gian lấy ý kiến: " + window(feedback));
            line(doc, "Số bài báo đã đọc: " + feedback.articlesRead() + ". Các câu được trích nguyên văn; việc xếp"
                    + " loại đồng tình / không đồng tình do máy thực hiện theo từ ngữ đánh giá, cần được cán bộ rà"
                    + " soát lại.");
            counts(doc, feedback);
            int n = 1;
            for (Stance stance : SECTIONS) {
                XWPFParagraph heading = doc.createParagraph();
                run(heading, roman(n++) + ". " + stance.label() + " (" + feedback.count(stance) + " câu)", true,
                        false, 13);
                List<Argument> arguments = feedback.arguments(stance);
                if (arguments.isEmpty()) {
                    line(doc, "Không có ý kiến.");
                }
                int k = 1;
                for (Argument a : arguments) {
                    argument(doc, k++, a);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the feedback DOCX of " + feedback.policy().id(), e);
        }
    }

    private static String window(CompiledFeedback f) {
        return (f.policy().consultationFrom() == null ? "?" : DAY.format(f.policy().consultationFrom())) + " – "
                + (f.policy().consultationTo() == null ? "?" : DAY.format(f.policy().consultationTo()));
    }

    private static void counts(XWPFDocument doc, CompiledFeedback f) {
        XWPFTable table = doc.createTable(SECTIONS.size() + 1, 3);
        String[] head = {"Loại ý kiến", "Số câu", "Số luận điểm"};
        for (int c = 0; c < head.length; c++) {
            table.getRow(0).getCell(c).setText(head[c]);
        }
        for (int r = 0; r < SECTIONS.size(); r++) {
            Stance s = SECTIONS.get(r);
            table.getRow(r + 1).getCell(0).setText(s.label());
            table.getRow(r + 1).getCell(1).setText(Integer.toString(f.count(s)));
            table.getRow(r + 1).getCell(2).setText(Integer.toString(f.arguments(s).size()));
        }
    }

    private static void argument(XWPFDocument doc, int k, Argument a) {
        XWPFParagraph p = doc.createParagraph();
        String about = a.term().isEmpty() ? "Ý kiến khác" : "Luận điểm: " + a.term();
        run(p, k + ". " + about + " (" + a.sentences().size() + " câu, " + a.sourceCount() + " nguồn)", true,
                false, 12);
        XWPFParagraph rep = doc.createParagraph();
        rep.setIndentationLeft(360);
        run(rep, "“" + a.representative().text() + "”", false, true, 12);
        for (FeedbackSentence s : a.sentences()) {
            XWPFParagraph q = doc.createParagraph();
            q.setIndentationLeft(720);
            run(q, "– " + s.text() + " ", false, false, 11);
            run(q, "(" + s.source().sourceName() + (s.source().url() == null ? "" : ", " + s.source().url())
                    + "; từ ngữ: " + String.join(", ", s.cues()) + ")", false, true, 10);
        }
    }

    private static void line(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, false, false, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily("Times New Roman");
        r.setFontSize(size);
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            default -> "III";
        };
    }
}
