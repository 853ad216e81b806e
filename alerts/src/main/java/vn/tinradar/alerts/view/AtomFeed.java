package vn.tinradar.alerts.view;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.tinradar.alerts.render.Templates;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;

/**
 * The alerts as an Atom 1.0 feed (ROME): one entry per alert, titled in Vietnamese with its severity, summary
 * with why it fired and the articles (template {@code atom-summary.html}); the entry links to the dashboard and, as
 * related links, to the articles.
 */
public final class AtomFeed {

    private AtomFeed() {
    }

    public static String write(List<Alert> alerts, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("TinRadar – Cảnh báo thông tin");
        feed.setDescription("Cảnh báo về vấn đề dư luận quan tâm và tin nghi sai sự thật trên báo chí, mạng xã hội");
        feed.setUri("urn:tinradar:alerts");
        feed.setLink(base + "/");
        feed.setLanguage("vi");
        // Atom wants an author on the feed itself, or an empty feed is not valid
        feed.setAuthors(List.of(author()));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(base + "/alerts.atom");
        feed.setLinks(List.of(self, link("alternate", base + "/", "text/html", null)));
        Instant newest = alerts.stream().map(AtomFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(newest));
        List<SyndEntry> entries = new ArrayList<>();
        for (Alert alert : alerts) {
            entries.add(entry(alert, base));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the alerts feed: " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(Alert alert, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:tinradar:alert:" + alert.id());
        entry.setTitle("[" + alert.severity().vietnameseName() + "] " + alert.title());
        entry.setAuthors(List.of(author()));
        entry.setUpdatedDate(Date.from(updated(alert)));
        entry.setPublishedDate(Date.from(alert.firstSeen() != null ? alert.firstSeen() : updated(alert)));
        String dashboard = base + "/?alert=" + alert.id();
        entry.setLink(dashboard);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", dashboard, "text/html", null));
        for (ArticleRef a : alert.articles()) {
            if (a.linkableUrl() != null) {
                links.add(link("related", a.linkableUrl(), "text/html", a.title()));
            }
        }
        entry.setLinks(links);
        List<SyndCategory> categories = new ArrayList<>();
        for (String term : new String[] {alert.rule(), alert.severity().id(), alert.status().id()}) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(term);
            categories.add(c);
        }
        entry.setCategories(categories);
        SyndContent summary = new SyndContentImpl();
        summary.setType("html");
        summary.setValue(Templates.render("atom-summary.html", AtomEntryView.of(alert)));
        entry.setDescription(summary);
        return entry;
    }

    private static SyndPerson author() {
        SyndPerson p = new SyndPersonImpl();
        p.setName("TinRadar");
        return p;
    }

    private static SyndLink link(String rel, String href, String type, String title) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setTitle(title);
        return link;
    }

    private static Instant updated(Alert alert) {
        return alert.updatedAt() != null ? alert.updatedAt()
                : alert.lastSeen() != null ? alert.lastSeen() : Instant.EPOCH;
    }

}
