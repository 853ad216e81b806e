package vn.tinradar.analyze.score;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/** Builds test articles the way ingest would hand them over. */
public final class Articles {

    private Articles() {
    }

    /** A dated, signed article from a provincial paper that must still pass relevance. */
    public static Article provincial(String title, String text) {
        return article("baolaocai", SourceTier.PROVINCIAL_PRESS, title, text, "Minh Anh",
                OffsetDateTime.parse("2026-11-20T08:15:00+07:00"), false);
    }

    public static Article article(String source, SourceTier tier, String title, String text, String author,
            OffsetDateTime published, boolean provinceSource) {
        return new Article(Article.VERSION, "a-" + Math.abs((title + text).hashCode()), "https://" + source + ".vn/tin",
                source, source, tier, title, null, text, author, null, null, "vi", published, null,
                published == null ? "fetched" : "page", Instant.parse("2026-11-20T01:20:00Z"), null, null,
                provinceSource);
    }
}
