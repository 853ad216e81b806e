package vn.tinradar.ingest.recheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRevision;
import vn.tinradar.common.event.DiffSpan;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchResult;

/**
 * Judges one re-check of a watched article against what was kept before: a takedown (status, redirect, notice,
 * {@link Takedown}), an edit (title or body changed beyond the trivial, {@link ComparableText}) with its word
 * diff, or nothing new. The first reading of the page becomes revision 1; its title is still compared with the
 * title the alert showed, so a headline rewritten before the first re-check is caught too.
 */
public final class PageCheck {

    /** Words of unchanged text kept on each side of a change in the alert's body diff. */
    static final int CONTEXT_WORDS = 12;

    private PageCheck() {
    }

    /**
     * @param page what the fetch returned
     * @param extracted the article read from an OK page, or null when the fetch failed or nothing was readable
     */
    public static CheckResult judge(RecheckState state, FetchResult page, ExtractedPage extracted, Instant now) {
        Optional<String> removal = removal(state, page, extracted);
        if (removal.isPresent()) {
            RecheckState next = state.takenDown(now);
            ArticleRevision revision = new ArticleRevision(ArticleRevision.VERSION, state.articleId(), state.url(),
                    next.revision(), now, null, null, null, true, removal.get());
            ArticleChange change = new ArticleChange(ArticleChange.VERSION, state.articleId(), state.url(),
                    state.source(), ArticleChange.REMOVED, removal.get(), state.title(), null, List.of(), List.of(),
                    next.revision(), state.lastCheck(), now);
            return new CheckResult(next, revision, change, null);
        }
        if (!page.ok() || extracted == null) {
            String why = page.ok() ? "no title and no text found" : page.outcome().tag()
                    + (page.detail() == null ? "" : ": " + page.detail());
            return new CheckResult(state.checked(now), null, null, why);
        }
        String title = ComparableText.of(extracted.title());
        String body = ComparableText.of(extracted.text() != null ? extracted.text() : extracted.summary());
        String hash = ComparableText.hash(body);
        String oldTitle = ComparableText.of(state.title());
        boolean titleChanged = !oldTitle.isEmpty() && !title.isEmpty() && !oldTitle.equals(title);
        boolean bodyChanged = state.bodyHash() != null && !state.bodyHash().equals(hash);
        if (!titleChanged && !bodyChanged && state.revision() > 0) {
            return new CheckResult(state.checked(now), null, null, null);
        }
        RecheckState next = state.revised(title.isEmpty() ? state.title() : title, body, hash, now);
        ArticleRevision revision = new ArticleRevision(ArticleRevision.VERSION, state.articleId(), state.url(),
                next.revision(), now, next.title(), hash, body, false, null);
        if (!titleChanged && !bodyChanged) {
            return new CheckResult(next, revision, null, null);
        }
        List<DiffSpan> titleDiff = titleChanged ? WordDiff.between(oldTitle, title) : List.of();
        List<DiffSpan> bodyDiff = bodyChanged ? WordDiff.around(WordDiff.between(state.body(), body), CONTEXT_WORDS)
                : List.of();
        String reason = titleChanged && bodyChanged ? "tiêu đề và nội dung" : titleChanged ? "tiêu đề" : "nội dung";
        ArticleChange change = new ArticleChange(ArticleChange.VERSION, state.articleId(), state.url(), state.source(),
                ArticleChange.EDITED, reason, state.title(), next.title(), titleDiff, bodyDiff, next.revision(),
                state.lastCheck(), now);
        return new CheckResult(next, revision, change, null);
    }

    private static Optional<String> removal(RecheckState state, FetchResult page, ExtractedPage extracted) {
        if (page.outcome() == FetchOutcome.GONE) {
            return Takedown.byStatus(page.status());
        }
        if (!page.ok()) {
            return Optional.empty();
        }
        Optional<String> redirect = Takedown.byRedirect(state.url(), page.finalUrl());
        if (redirect.isPresent()) {
            return redirect;
        }
        return extracted == null ? Optional.empty() : Takedown.byNotice(extracted.title(), extracted.text());
    }
}
