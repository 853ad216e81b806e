package vn.tinradar.alerts.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vietnamese names of topic ids for reports and alert titles: those of the analysis taxonomy
 * ({@code score/topic-taxonomy.tsv}, present on the classpath wherever analyze is, as in the tinradar jar),
 * overridden by the names the alert settings give the public-concern topics.
 */
public final class TopicNames {

    private static final Logger LOG = LoggerFactory.getLogger(TopicNames.class);
    static final String TAXONOMY = "/score/topic-taxonomy.tsv";

    private TopicNames() {
    }

    /** The taxonomy's names, read once: a rule set is built again on every settings change. */
    private static volatile Map<String, String> taxonomy;

    /** Every topic's name: the taxonomy's, with {@code configured} (the public-concern topics' names) over it. */
    public static Map<String, String> of(Map<String, String> configured) {
        Map<String, String> names = new HashMap<>(taxonomy());
        names.putAll(configured);
        return names;
    }

    private static Map<String, String> taxonomy() {
        Map<String, String> known = taxonomy;
        if (known == null) {
            known = Map.copyOf(read());
            taxonomy = known;
        }
        return known;
    }

    private static Map<String, String> read() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = TopicNames.class.getResourceAsStream(TAXONOMY)) {
            if (in != null) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    // topic<TAB>id<TAB>Vietnamese name<TAB>public-concern
                    String[] cols = line.split("\t");
                    if (cols.length >= 3 && cols[0].equals("topic")) {
                        names.put(cols[1].trim(), cols[2].trim());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("event=topic-names-unreadable resource={} error=\"{}\"", TAXONOMY, e.getMessage());
        }
        return names;
    }
}
