package vn.tinradar.analyze.score.relevance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.analyze.score.gazetteer.Gazetteer;
import vn.tinradar.analyze.score.topic.WeatherReports;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Relevance;
import vn.tinradar.common.text.VietnameseText;

/**
 * Decides whether an article is about the province or names it in passing, from where its places stand (salience).
 *
 * <p>A mention counts unless its context makes it incidental ({@link Incidental}: a person's home, one province of a
 * list, a sports club, an institution's name in the body, a time zone, a credit or address, a weather report's body).
 * The article is about the province when a counting mention stands in the title or the lead, or in at least
 * {@link #BODY_SENTENCES} sentences of the body; a source that writes only about the province is always relevant.
 * Recall comes first for a monitoring department, so a mention that no rule explains away counts. Pure and
 * thread-safe; the {@link Relevance} it returns lists the evidence staff see.
 */
public final class RelevanceJudge {

    /** Sentences of the body that must name the province when neither the title nor the lead does. */
    static final int BODY_SENTENCES = 1;
    /** The same when the title names another province: that province is the subject unless ours comes back. */
    static final int BODY_SENTENCES_UNDER_OTHER_TITLE = 2;
    private static final int MAX_EVIDENCE = 8;

    /** The decision for an article whose text the gazetteer has read ({@code article.fullText()}). */
    public Relevance judge(Article article, Gazetteer.Reading reading) {
        boolean provinceSource = article.provinceSource();
        if (reading.mentions().isEmpty()) {
            return new Relevance(provinceSource ? "province-source" : "none", List.of());
        }
        String title = article.title() == null || article.title().isBlank() ? "" : VietnameseText.nfc(article.title());
        ArticleLayout layout = ArticleLayout.of(reading.tokens(), title.length());
        MentionContexts contexts = new MentionContexts(reading, layout, WeatherReports.isWeatherReport(article));
        Set<String> counting = new LinkedHashSet<>();
        Set<String> incidental = new LinkedHashSet<>();
        Zone best = null;
        Set<Integer> bodySentences = new HashSet<>();
        for (Gazetteer.Mention m : reading.mentions()) {
            String written = "\"" + m.place().matched() + "\"";
            Optional<Incidental> why = contexts.of(m);
            if (why.isPresent()) {
                incidental.add("passing (" + why.get().label() + "): " + written);
                continue;
            }
            Zone zone = layout.zone(m.from());
            counting.add(zone.label() + ": " + written);
            if (best == null || zone.ordinal() < best.ordinal()) {
                best = zone;
            }
            if (zone == Zone.BODY) {
                bodySentences.add(layout.sentence(m.from()));
            }
        }
        String basis;
        if (provinceSource) {
            basis = "province-source";
        } else if (best == Zone.TITLE || best == Zone.LEAD) {
            basis = best.label();
        } else if (bodySentences.size() >= (titleNamesOtherProvince(reading, layout)
                ? BODY_SENTENCES_UNDER_OTHER_TITLE : BODY_SENTENCES)) {
            basis = Zone.BODY.label();
        } else {
            basis = "passing";
        }
        List<String> evidence = new ArrayList<>(counting);
        evidence.addAll(incidental);
        return new Relevance(basis, evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size())));
    }

    private static boolean titleNamesOtherProvince(Gazetteer.Reading reading, ArticleLayout layout) {
        return reading.otherProvinces().stream().anyMatch(o -> layout.zone(o.from()) == Zone.TITLE);
    }
}
