package vn.tinradar.alerts.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The typographic rules of an administrative document written onto a POI document: A4 with NĐ 30's margins,
 * Times New Roman, the sizes of each part, borderless layout tables and pictures scaled to the text width. The
 * content is {@link ReportDocx}'s business.
 */
final class DocxWriter {

    static final String FONT = "Times New Roman";
    /** Body text: NĐ 30 allows 13–14 pt. */
    static final int BODY_PT = 14;
    static final int HEADER_PT = 13;
    static final int TABLE_PT = 12;
    static final int SMALL_PT = 11;
    /** NĐ 30's margins within their ranges: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int TOP_MM = 20;
    static final int BOTTOM_MM = 20;
    static final int LEFT_MM = 30;
    static final int RIGHT_MM = 15;
    private static final int A4_WIDTH_MM = 210;
    private static final int A4_HEIGHT_MM = 297;
    /** Text width in points: what a picture is scaled to (a little less, so Word never wraps it). */
    private static final double PICTURE_WIDTH_PT = mmToPt(A4_WIDTH_MM - LEFT_MM - RIGHT_MM - 5);

    private final XWPFDocument doc = new XWPFDocument();

    DocxWriter() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(A4_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(A4_HEIGHT_MM)));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
    }

    XWPFDocument document() {
        return doc;
    }

    /** A body paragraph: justified, first line indented, 6 pt after, as a report's prose is set. */
    XWPFParagraph prose(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(twips(10));
        spacing(p, 6);
        run(p, text, BODY_PT, false, false);
        return p;
    }

    /** A section heading in bold ("I. TÌNH HÌNH CHUNG"). */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(twips(10));
        p.setSpacingBefore(120);
        spacing(p, 6);
        p.setKeepNext(true);
        run(p, text, BODY_PT, true, false);
        return p;
    }

    /** A centred paragraph of one run, for titles. */
    XWPFParagraph centred(String text, int pt, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0);
        run(p, text, pt, bold, italic);
        return p;
    }

    /** A borderless table of {@code rows} × 2 used only to place text side by side, the columns' shares given. */
    XWPFTable layoutTable(int rows, int leftPercent) {
        XWPFTable t = doc.createTable(rows, 2);
        t.removeBorders();
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        for (XWPFTableRow row : t.getRows()) {
            row.getCell(0).setWidth(leftPercent + "%");
            row.getCell(1).setWidth((100 - leftPercent) + "%");
        }
        return t;
    }

    /** A figures table: a bold header row, then one row per line; numbers right-aligned. */
    XWPFTable dataTable(List<String> header, List<List<String>> lines, List<Boolean> numeric) {
        XWPFTable t = doc.createTable(lines.size() + 1, header.size());
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        fillRow(t.getRow(0), header, numeric, true);
        for (int i = 0; i < lines.size(); i++) {
            fillRow(t.getRow(i + 1), lines.get(i), numeric, false);
        }
        // a little air after the table before the next paragraph
        spacing(centred("", TABLE_PT, false, false), 0);
        return t;
    }

    private static void fillRow(XWPFTableRow row, List<String> values, List<Boolean> numeric, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = first(row.getCell(c));
            p.setAlignment(numeric.get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            if (header) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, values.get(c), TABLE_PT, header, false);
        }
    }

    /** The first paragraph of a cell, which POI creates with the cell; spaced tightly. */
    static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        spacing(p, 0);
        return p;
    }

    /** Another centred paragraph in a cell. */
    static XWPFParagraph addCentred(XWPFTableCell cell, String text, int pt, boolean bold, boolean italic) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0);
        run(p, text, pt, bold, italic);
        return p;
    }

    /**
     * A solid rule under a centred line, about {@code widthMm} long: NĐ 30 draws one under the agency's name and one
     * under the motto. A bottom border indented to that width, so it stays with the line in every editor.
     */
    static void ruleUnder(XWPFParagraph p, double cellWidthMm, double widthMm) {
        int indent = twips(Math.max(0, (cellWidthMm - widthMm) / 2));
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    /** A PNG scaled to the text width, centred, in a paragraph of its own. */
    XWPFParagraph picture(String name, byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("chart " + name + " is not a readable PNG");
        }
        double width = Math.min(PICTURE_WIDTH_PT, image.getWidth() * 0.75);
        double height = width * image.getHeight() / image.getWidth();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(false);
        spacing(p, 6);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, name,
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IOException("chart " + name + " cannot be embedded: " + e.getMessage(), e);
        }
        return p;
    }

    /** Page numbers from the second page on, centred at the top, as NĐ 30 places them. */
    void pageNumbers() {
        doc.createHeader(HeaderFooterType.FIRST); // empty: the first page carries no number
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        // the number shown until Word updates the field, in the header's font
        XWPFRun r = new XWPFRun(page.addNewR(), p);
        r.setText("2");
        font(r, HEADER_PT);
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) { // POI sets it with the first-page header; twice would be invalid
            section.addNewTitlePg();
        }
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    static XWPFRun run(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        font(r, pt);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    private static void font(XWPFRun r, int pt) {
        r.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(pt);
    }

    private static void spacing(XWPFParagraph p, int afterPt) {
        p.setSpacingAfter(afterPt * 20);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }
}
