package vn.tinradar.analyze.pipeline.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;

/** Turns a scored article into a Lucene document and writes it by id: indexing the same article twice keeps one. */
public final class ArticleIndexer {

    private final IndexWriter writer;

    public ArticleIndexer(IndexWriter writer) {
        this.writer = writer;
    }

    public void upsert(ScoredArticle scored) {
        try {
            writer.updateDocument(new Term(ArticleFields.ID, scored.id()), document(scored));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + scored.id(), e);
        }
    }

    static Document document(ScoredArticle scored) {
        Article a = scored.article();
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, a.id(), Field.Store.YES));
        doc.add(new StoredField(ArticleFields.JSON, json(scored)));
        String all = a.fullText();
        doc.add(new TextField(ArticleFields.TEXT_FOLDED, all, Field.Store.NO));
        doc.add(new TextField(ArticleFields.TEXT_EXACT, all, Field.Store.NO));
        doc.add(new TextField(ArticleFields.TITLE_FOLDED, a.title() == null ? "" : a.title(), Field.Store.NO));
        long published = a.published().toInstant().toEpochMilli();
        doc.add(new LongPoint(ArticleFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(ArticleFields.PUBLISHED_SORT, published));
        String sourceName = a.sourceName() != null ? a.sourceName() : a.sourceId();
        keys(doc, ArticleFields.SOURCE, a.sourceId(), fold(sourceName));
        facet(doc, "source", sourceName);
        if (a.tier() != null) {
            keys(doc, ArticleFields.TIER, fold(a.tier().id()));
            facet(doc, "tier", a.tier().id());
        }
        if (scored.topics() != null) {
            for (TopicScore topic : scored.topics()) {
                keys(doc, ArticleFields.TOPIC, fold(topic.label()));
                facet(doc, "topic", topic.label());
            }
        }
        if (scored.places() != null) {
            for (PlaceTag place : scored.places()) {
                keys(doc, ArticleFields.PLACE, placeKeys(place).toArray(String[]::new));
                facet(doc, "place", place.name());
            }
        }
        if (scored.sentiment() != null && scored.sentiment().label() != null) {
            keys(doc, ArticleFields.SENTIMENT, fold(scored.sentiment().label()));
            facet(doc, "sentiment", scored.sentiment().label());
        }
        facet(doc, "day", VnTime.DATE.format(a.published()));
        return doc;
    }

    /** Every way a filter may name a place: code, official name, name without its level, words as written. */
    static Set<String> placeKeys(PlaceTag place) {
        Set<String> keys = new LinkedHashSet<>();
        if (place.id() != null) {
            keys.add(place.id());
        }
        for (String name : new String[] {place.name(), place.matched()}) {
            if (name != null && !name.isBlank()) {
                String folded = fold(name);
                keys.add(folded);
                keys.add(folded.replaceFirst("^(xa|phuong|thi tran|tinh|huyen|thanh pho|thi xa|dac khu) ", ""));
            }
        }
        return keys;
    }

    /** Filter values are compared folded and trimmed, the same way the query side prepares them. */
    public static String fold(String value) {
        return value == null ? null : VietnameseText.fold(value).strip().replaceAll("\\s+", " ");
    }

    private static void keys(Document doc, String field, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                doc.add(new StringField(field, v, Field.Store.NO));
            }
        }
    }

    private static void facet(Document doc, String facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesField(ArticleFields.facetField(facet), new BytesRef(value)));
        }
    }

    private static byte[] json(ScoredArticle scored) {
        try {
            return Json.mapper().writeValueAsBytes(scored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + scored.id() + " as JSON", e);
        }
    }
}
