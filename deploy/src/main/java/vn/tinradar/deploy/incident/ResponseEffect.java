package vn.tinradar.deploy.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentResponse;

/**
 * What changed around one official response: coverage and tone in the {@link #WINDOW} before it against the same
 * span after it (or until now, when less has passed), and for each reviewed false claim the incident's articles
 * repeat, how many repeated it before the response and how many after — zero after means it stopped spreading.
 *
 * @param before articles published in the window before the response
 * @param after articles published from the response on, in a window as long (cut at {@code now})
 */
public record ResponseEffect(String responseId, String agency, Instant at, Window before, Window after,
                             List<ClaimSpread> claims) {

    /** How far before and after a response its effect is measured. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** Articles in a span, how many were negative, and their mean tone score in [-1, 1] (0 when there were none). */
    public record Window(Instant from, Instant to, int articles, int negative, double meanTone) {

        /** The negative share in percent, or null without articles. */
        public Double negativePercent() {
            return articles == 0 ? null : Math.round(1000.0 * negative / articles) / 10.0;
        }
    }

    /** One false claim: articles repeating it before the response and after it, and the last one's time. */
    public record ClaimSpread(String claim, int before, int after, Instant lastSeen) {

        public boolean stopped() {
            return after == 0;
        }
    }

    /** The effect of every response of the incident, in the order they were given. */
    public static List<ResponseEffect> of(Incident incident, Instant now) {
        List<ResponseEffect> out = new ArrayList<>();
        for (IncidentResponse r : incident.responses()) {
            out.add(of(incident.articles(), r, now));
        }
        return out;
    }

    static ResponseEffect of(List<IncidentArticle> articles, IncidentResponse r, Instant now) {
        Instant afterEnd = r.at().plus(WINDOW).isAfter(now) ? now : r.at().plus(WINDOW);
        Window before = window(articles, r.at().minus(WINDOW), r.at());
        Window after = window(articles, r.at(), afterEnd.isBefore(r.at()) ? r.at() : afterEnd);
        Set<String> claims = new LinkedHashSet<>();
        articles.forEach(a -> claims.addAll(a.falseClaims()));
        List<ClaimSpread> spread = new ArrayList<>();
        for (String claim : claims) {
            int b = 0;
            int a = 0;
            Instant last = null;
            for (IncidentArticle article : articles) {
                if (article.published() == null || !article.falseClaims().contains(claim)) {
                    continue;
                }
                if (article.published().isBefore(r.at())) {
                    b++;
                } else {
                    a++;
                }
                last = last == null || article.published().isAfter(last) ? article.published() : last;
            }
            spread.add(new ClaimSpread(claim, b, a, last));
        }
        return new ResponseEffect(r.id(), r.agency(), r.at(), before, after, spread);
    }

    private static Window window(List<IncidentArticle> articles, Instant from, Instant to) {
        int n = 0;
        int negative = 0;
        double tone = 0;
        for (IncidentArticle a : articles) {
            if (a.published() != null && !a.published().isBefore(from) && a.published().isBefore(to)) {
                n++;
                negative += a.negative() ? 1 : 0;
                tone += a.toneScore();
            }
        }
        return new Window(from, to, n, negative, n == 0 ? 0 : Math.round(100 * tone / n) / 100.0);
    }
}
