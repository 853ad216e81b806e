package vn.tinradar.analyze.score.topic;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.TsvResource;
import vn.tinradar.common.text.VietnameseText;

/**
 * The product's topics (id, Vietnamese name, whether it is of public concern) and the weighted keyword
 * rules that recognise them, read from {@code score/topic-taxonomy.tsv}. Immutable and thread-safe.
 */
public final class TopicTaxonomy {

    public static final String DEFAULT_RESOURCE = "/score/topic-taxonomy.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One topic of the taxonomy. */
    public record Topic(String id, String vietnameseName, boolean publicConcern) {
    }

    /** One keyword rule: the phrase found means the topic, with this weight. */
    public record Rule(String topicId, double weight, String phrase) {
    }

    private final Map<String, Topic> topics;
    private final List<Rule> rules;
    private final PhraseIndex<Rule> index = new PhraseIndex<>();

    private TopicTaxonomy(Map<String, Topic> topics, List<Rule> rules) {
        this.topics = Collections.unmodifiableMap(topics);
        this.rules = List.copyOf(rules);
        rules.forEach(r -> index.add(r.phrase(), r));
    }

    public static TopicTaxonomy loadDefault() {
        return TsvResource.bundled(DEFAULT_RESOURCE, TopicTaxonomy::load);
    }

    public static TopicTaxonomy load(Path file) {
        return TsvResource.file(file, TopicTaxonomy::load);
    }

    /** @throws IllegalArgumentException naming the source and line of a malformed or unknown-topic line */
    public static TopicTaxonomy load(InputStream in, String sourceName) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        TsvResource.forEachRow(in, sourceName, (lineNo, c) -> {
            String where = sourceName + " line " + lineNo + ": ";
            if (c.length != 4 && c.length != 3) {
                throw new IllegalArgumentException(where + "expected 'topic<TAB>id<TAB>name<TAB>yes|no' or "
                        + "'id<TAB>weight<TAB>phrase' but found " + c.length + " columns");
            }
            if (c[0].equals("topic")) {
                if (c.length != 4 || !ID.matcher(c[1]).matches()) {
                    throw new IllegalArgumentException(where + "a topic needs a kebab-case ASCII id, a name and yes|no");
                }
                topics.put(c[1], new Topic(c[1], VietnameseText.nfc(c[2].trim()), c[3].trim().equals("yes")));
                return;
            }
            if (!topics.containsKey(c[0])) {
                throw new IllegalArgumentException(where + "rule for undeclared topic '" + c[0] + "'");
            }
            double weight;
            try {
                weight = Double.parseDouble(c[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "weight must be a number but was '" + c[1] + "'");
            }
            rules.add(new Rule(c[0], weight, VietnameseText.nfc(c[2].trim())));
        });
        return new TopicTaxonomy(topics, rules);
    }

    public Map<String, Topic> topics() {
        return topics;
    }

    public List<Rule> rules() {
        return rules;
    }

    PhraseIndex<Rule> index() {
        return index;
    }
}
