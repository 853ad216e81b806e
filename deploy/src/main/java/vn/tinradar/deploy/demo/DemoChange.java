package vn.tinradar.deploy.demo;

/**
 * What a demo site does to one of its articles after publishing it ({@code demo/corpus/changes.json}): takes it
 * down, or quietly rewrites its title or lead, {@code afterSeconds} after it appeared. TinRadar's re-checks are to
 * find both (rule {@code article-changed}).
 *
 * @param article the article's key, "source/slug"
 * @param removed true: the page answers 404 and the feed no longer lists it
 * @param title the new title, or null to keep it
 * @param lead the new lead, or null to keep it
 */
public record DemoChange(String article, long afterSeconds, boolean removed, String title, String lead) {

    /** The article as its site shows it once this change is made; only for an edit. */
    DemoArticle applyTo(DemoArticle a) {
        return new DemoArticle(a.source(), a.slug(), title != null ? title : a.title(), lead != null ? lead : a.lead(),
                a.paragraphs(), a.author(), a.section(), a.image(), a.offsetSeconds(), a.story(), a.copyOf(),
                a.topic(), a.tone(), a.likes(), a.comments(), a.shares());
    }
}
