package vn.tinradar.alerts.delivery;

import java.util.List;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * What an alert e-mail shows, as the templates {@code alert-email.html} and {@code alert-email.txt} read it:
 * every value already in Vietnamese words and dates, none of it escaped.
 *
 * @param note said first (an assignment and its deadline), or empty
 * @param severity the severity's id ({@code urgent}, {@code warning}, {@code info}), which picks the badge colour
 * @param place the commune, ward or province, or null
 * @param chartCid the Content-ID of the inline timeline chart, or null when the mail carries none
 * @param link the dashboard page of the alert
 */
record AlertMailView(String note, String severity, String severityName, String status, String title, String summary,
                     List<String> evidence, String suggestedAction, String firstSeen, String lastSeen, String place,
                     String chartCid, List<Article> articles, String link) {

    /**
     * One article of the alert.
     *
     * @param href the address to link, or null when it is not an http(s) address a mail may link
     * @param url the address as given, or null; the plain-text part prints it whatever it is
     * @param source the outlet, or null
     * @param published when it was published, or null
     */
    record Article(String title, String href, String url, String source, String published) {

        static Article of(ArticleRef a) {
            String title = a.title() == null || a.title().isBlank() ? "Bài " + a.id() : a.title();
            String href = a.linkableUrl();
            return new Article(title, href, a.url(), a.source(),
                    a.published() == null ? null : VnTime.dateTime(a.published().toInstant()));
        }
    }

    static AlertMailView of(Alert alert, String note, String chartCid, String link) {
        return new AlertMailView(note, alert.severity().id(), alert.severity().vietnameseName(),
                alert.status().vietnameseName(), alert.title(), alert.summary(),
                alert.signals().stream().map(Signal::evidence).toList(), alert.suggestedAction(),
                VnTime.dateTime(alert.firstSeen()), VnTime.dateTime(alert.lastSeen()), alert.place(), chartCid,
                alert.articles().stream().map(Article::of).toList(), link);
    }
}
