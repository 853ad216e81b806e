package vn.tinradar.alerts.report.docx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.province.Province;

/**
 * The agency a report is issued by, as its administrative header, date line and signature block print it.
 *
 * @param governingBody the body above the agency ("UBND TỈNH LÀO CAI"), in capitals
 * @param agency the issuing agency ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), in capitals
 * @param code the agency's short code, after "BC-" in the document's number
 * @param place the place name of the date line ("Lào Cai")
 * @param copiesTo the recipients under "Nơi nhận", the file copy last
 */
public record DocumentIssuer(String governingBody, String agency, String code, String place, String signerTitle,
                             String signerName, List<String> copiesTo) {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public DocumentIssuer {
        copiesTo = List.copyOf(copiesTo);
    }

    /** The configured issuer, its blanks filled from {@code province}. */
    public static DocumentIssuer of(AlertsConfig.Issuer configured, Province province) {
        String governing = blank(configured.governingBody())
                ? "UBND " + (province.isCity() ? "THÀNH PHỐ " : "TỈNH ") + province.shortName()
                : configured.governingBody();
        return new DocumentIssuer(governing.strip().toUpperCase(VI), configured.agency().strip().toUpperCase(VI),
                configured.code().strip(), blank(configured.place()) ? province.shortName() : configured.place().strip(),
                configured.signerTitle().strip().toUpperCase(VI),
                configured.signerName() == null ? "" : configured.signerName().strip(), configured.copiesTo());
    }

    /** "Số:      /BC-STTTT": the number itself is given when the document is registered, so it stays blank. */
    public String numberLine() {
        return "Số:        /BC-" + code;
    }

    /**
     * "Lào Cai, ngày 06 tháng 12 năm 2026". NĐ 30 writes a zero before a day below 10 and a month below 3 (so
     * "tháng 02" but "tháng 3"), which keeps a number added by hand later from changing the date.
     */
    public String dateLine(LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return place + ", ngày " + d + " tháng " + m + " năm " + day.getYear();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
