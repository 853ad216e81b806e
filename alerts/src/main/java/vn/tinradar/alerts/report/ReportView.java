package vn.tinradar.alerts.report;

import java.util.List;

/**
 * What the report shows, as the templates {@code report.html} and {@code report.txt} read it: sentences, figures
 * and dates already in Vietnamese, none of it escaped.
 *
 * @param pdf the page is laid out for the A4 PDF (page margins, page numbers)
 * @param noData the sentence that says the period had nothing, or null when it had something
 * @param volume the chart of articles per day, or null when there is none (likewise {@code tone},
 *               {@code negativeTrend}, {@code topics})
 * @param alertsNow alerts first seen this period, {@code alertsBefore} the period before
 * @param responses the requests for an official response of the period; empty hides the section
 * @param incidents the crisis incidents opened in the period or open in it; empty says there were none
 * @param outlook "Dự báo tuần tới", or null when the period had nothing
 */
public record ReportView(String title, String previousPeriod, boolean pdf, String noData, List<String> highlights,
                  Chart volume, String toneLine, Chart tone, Chart negativeTrend, List<Row> sources, List<Row> tiers,
                  List<Row> topics, Chart topicsChart, List<Row> places, List<WeeklyReport.TopStory> topStories,
                  String alertsLine, Tally alertsNow, Tally alertsBefore, List<RuleRow> rules,
                  List<Suspicious> suspicious, List<Policy> policies, List<ResponseRow> responses,
                  List<IncidentRow> incidents, Outlook outlook) {

    /**
     * A crisis incident of the period (issue 14).
     *
     * @param closed the day it was closed, or "đang xử lý"
     * @param story how many stories and articles it followed
     * @param responses the official responses recorded, and the requests made to agencies
     * @param outcome its closing summary, or that it is still being handled
     */
    public record IncidentRow(String title, String opened, String closed, String story, String responses,
                              String outcome, String lessons) {
    }

    /**
     * The articles expected right after the period.
     *
     * @param note what the figures are and how they were reached, or why there are none (short history)
     * @param rows empty when the history is too short
     */
    public record Outlook(String note, List<OutlookRow> rows) {
    }

    /**
     * @param kind "Chủ đề" or "Địa bàn"
     * @param expected the expected count, rounded
     * @param interval "8–17": the 80% interval
     */
    public record OutlookRow(String kind, String name, long expected, String interval) {
    }

    /**
     * A request for an official response made in the period or still open in it (issue 14).
     *
     * @param status where it stands as the report is made: đã gửi yêu cầu, quá hạn, đã phản hồi
     * @param response how and when the agency answered, or empty
     */
    public record ResponseRow(String agency, String issue, String requested, String due, String status, String response) {
    }

    /** A chart: where the page finds it ({@code cid:}, a file beside it, or the PNG as data) and its alt text. */
    public record Chart(String src, String alt) {
    }

    /**
     * One line of a breakdown.
     *
     * @param change the difference with a sign ({@code +3}, {@code −2}, {@code 0})
     * @param trend {@code up}, {@code down} or empty: the colour of the change
     */
    public record Row(String name, long current, long previous, String change, String trend) {

        static Row of(WeeklyReport.Row row) {
            long diff = row.current() - row.previous();
            return new Row(row.name(), row.current(), row.previous(),
                    diff > 0 ? "+" + diff : diff < 0 ? "−" + (-diff) : "0", diff > 0 ? "up" : diff < 0 ? "down" : "");
        }
    }

    /** @param median the median time to acknowledge in words, or null when nothing was acknowledged */
    public record Tally(long raised, long acknowledged, String median) {
    }

    /** Alerts of one rule, by its Vietnamese name, this period and the one before. */
    public record RuleRow(String name, long current, long previous) {
    }

    /** @param href the address to link, or null when it is not an http(s) address */
    public record ArticleLink(String title, String href, String source, String published) {
    }

    /** @param score the highest suspicion, two decimals with a comma */
    public record Suspicious(ArticleLink article, String score, long articles, String outcome) {
    }

    /** @param line the coverage in one sentence */
    public record Policy(String name, String consultationFrom, String consultationTo, String line, List<ArticleLink> latest,
                  List<String> alerts) {
    }
}
