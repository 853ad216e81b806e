package vn.tinradar.analyze.pipeline.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.kafka.Json;

/**
 * Reads an {@code articles.raw} value from its bytes, so that a record that does not parse becomes a
 * {@link Rejected} dead letter with the reason instead of a deserialisation failure that stops the stream thread.
 */
public final class RawArticleParser {

    public static final String STAGE = "analyze";
    private static final java.time.ZoneOffset VN_OFFSET = java.time.ZoneOffset.ofHours(7);

    private RawArticleParser() {
    }

    public static Outcome<Article> parse(String key, byte[] value) {
        long size = value == null ? 0 : value.length;
        if (value == null || value.length == 0) {
            return reject(key, null, "empty", "record has no value", size);
        }
        Article article;
        try {
            article = Json.mapper().readValue(value, Article.class);
        } catch (JsonProcessingException e) {
            return reject(key, null, "unparseable", "not an Article: " + e.getOriginalMessage(), size);
        } catch (IOException | RuntimeException e) {
            return reject(key, null, "unparseable", "not an Article: " + e.getMessage(), size);
        }
        if (article == null || article.id() == null || article.id().isBlank()) {
            return reject(key, article == null ? null : article.url(), "missing-id", "article has no id", size);
        }
        if (key == null || !key.equals(article.id())) {
            // dedup and the index are keyed by id: a record on the wrong key would land on the wrong partition
            return reject(key, article.url(), "key-mismatch",
                    "record key '" + key + "' is not the article id '" + article.id() + "'", size);
        }
        if (isBlank(article.title()) && isBlank(article.text()) && isBlank(article.summary())) {
            return reject(key, article.url(), "empty", "article has no title and no text", size);
        }
        if (article.published() == null) {
            if (article.fetchedAt() == null) {
                return reject(key, article.url(), "missing-date", "article has neither a published nor a fetch time",
                        size);
            }
            // the contract says ingest fills this in; an older producer may not: the fetch time is the honest stand-in
            article = withFetchTimeAsPublished(article);
        }
        return Outcome.ok(article);
    }

    private static Article withFetchTimeAsPublished(Article a) {
        return new Article(a.v(), a.id(), a.url(), a.sourceId(), a.sourceName(), a.tier(), a.title(), a.summary(),
                a.text(), a.author(), a.section(), a.image(), a.language(), a.fetchedAt().atOffset(VN_OFFSET),
                a.updated(), "fetched", a.fetchedAt(), a.contentHash(), a.engagement(), a.provinceSource(), a.post());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Outcome<Article> reject(String key, String url, String reason, String detail, long size) {
        return Outcome.rejected(Rejected.of(key, url, STAGE, reason, detail, size));
    }
}
