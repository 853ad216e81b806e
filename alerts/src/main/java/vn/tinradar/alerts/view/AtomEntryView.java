package vn.tinradar.alerts.view;

import java.util.List;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * What an Atom entry's HTML summary shows, as the template {@code atom-summary.html} reads it; none of it escaped.
 *
 * @param ackBy who acknowledged the alert, or null
 */
record AtomEntryView(String summary, String status, String ackBy, String firstSeen, String lastSeen,
                     List<String> evidence, String suggestedAction, List<Article> articles) {

    /** @param url the article's address when it may be linked (http or https), else null; {@code source} the outlet, or null */
    record Article(String title, String url, String source) {
    }

    static AtomEntryView of(Alert alert) {
        return new AtomEntryView(alert.summary(), alert.status().vietnameseName(), alert.ackBy(),
                VnTime.dateTime(alert.firstSeen()), VnTime.dateTime(alert.lastSeen()),
                alert.signals().stream().map(Signal::evidence).toList(), alert.suggestedAction(),
                alert.articles().stream().map(AtomEntryView::article).toList());
    }

    private static Article article(ArticleRef a) {
        return new Article(a.title() == null ? "Bài " + a.id() : a.title(), a.linkableUrl(), a.source());
    }
}
