package vn.tinradar.alerts.report.docx;

import java.time.LocalDate;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.text.VnTime;

/** The trích yếu under "BÁO CÁO": what the report is about and for which period, a calendar year named as such. */
public final class ReportSubject {

    private ReportSubject() {
    }

    /** The subject of the report of [from, to) about {@code province}. */
    public static String of(Province province, LocalDate from, LocalDate to) {
        String what = "Kết quả theo dõi thông tin trên báo chí, mạng internet về " + province.inSentence();
        if (isCalendarYear(from, to)) {
            return what + " năm " + from.getYear();
        }
        return what + " từ ngày " + VnTime.DATE.format(from) + " đến ngày " + VnTime.DATE.format(to.minusDays(1));
    }

    /** True when [from, to) is 1 January to 31 December of one year. */
    public static boolean isCalendarYear(LocalDate from, LocalDate to) {
        return from.getDayOfYear() == 1 && to.equals(from.plusYears(1));
    }
}
