package vn.tinradar.analyze.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tinradar.common.text.VietnameseText;

/** The project's Vietnamese stop syllables ({@code vietnamese-stopwords.txt}), with and without diacritics. */
public final class VietnameseStopWords {

    private static final String RESOURCE = "vietnamese-stopwords.txt";
    private static final Set<String> EXACT = load();
    private static final Set<String> FOLDED = EXACT.stream().map(VietnameseText::fold)
            .collect(Collectors.toUnmodifiableSet());

    private VietnameseStopWords() {
    }

    /** Lower-case NFC forms, for the exact-diacritics field. */
    public static Set<String> exact() {
        return EXACT;
    }

    /** Folded forms, for the folded field and for story matching. */
    public static Set<String> folded() {
        return FOLDED;
    }

    private static Set<String> load() {
        try (InputStream in = VietnameseStopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> words = new LinkedHashSet<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(VietnameseText.nfc(word).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
