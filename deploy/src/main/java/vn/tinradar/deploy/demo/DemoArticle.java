package vn.tinradar.deploy.demo;

import java.util.List;

/**
 * One article of the demo corpus, in corpus time: it is published {@code offsetSeconds} after the anchor
 * (negative = before). {@code story} names the key demo story it belongs to (or null for ordinary news),
 * {@code copyOf} the "source/slug" it was copied from; {@code topic} and {@code tone} are the writer's labels,
 * never shown on the pages, kept so the analysis can be checked against them.
 */
public record DemoArticle(
        String source,
        String slug,
        String title,
        String lead,
        List<String> paragraphs,
        String author,
        String section,
        String image,
        long offsetSeconds,
        String story,
        String copyOf,
        String topic,
        String tone,
        Long likes,
        Long comments,
        Long shares) {

    public DemoArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** "source/slug", unique in the corpus. */
    public String key() {
        return source + "/" + slug;
    }
}
