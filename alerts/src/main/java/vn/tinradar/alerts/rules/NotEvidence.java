package vn.tinradar.alerts.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tinradar.common.text.VietnameseText;

/**
 * The words of a report that say nothing about which event it tells: names of institutions and offices, and
 * generic word pairs, read from two resource files beside this class.
 *
 * <p>Why files and families rather than words found one at a time: the real week's noise shared "bộ công" (of "Bộ
 * Công an") and, earlier, "dự án"; the next week would share "ủy ban" or "sở y". Listing whole families (the
 * ministries, the local government's bodies, the forces, the offices) closes the kind, and each family's comment
 * says where it comes from so it can be checked and kept current.
 */
final class NotEvidence {

    static final String INSTITUTIONS = "institution-names.txt";
    static final String GENERIC = "generic-pairs.txt";
    private static final Pattern AMPERSAND_IN_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}])&(?=[\\p{L}\\p{N}])");

    private final Map<String, List<String[]>> namesByFirstWord;
    private final Set<String> genericPairs;

    NotEvidence(List<String> institutionNames, Set<String> genericPairs) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String name : institutionNames) {
            String[] words = name.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        // the longest first: "bộ giáo dục và đào tạo" is taken whole, not as "bộ giáo dục" and three loose words
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> -w.length)));
        this.namesByFirstWord = byFirst;
        this.genericPairs = Set.copyOf(genericPairs);
    }

    /** The bundled lists. */
    static NotEvidence bundled() {
        return new NotEvidence(read(INSTITUTIONS, 2, Integer.MAX_VALUE), new HashSet<>(read(GENERIC, 2, 2)));
    }

    /**
     * Text as the lists and the reports are compared: NFC, lower case, and an {@code &} between two letters or digits
     * dropped, so the press's "Sở TN&amp;MT" is the one word "tnmt" after "sở" in a headline and in a list alike.
     */
    static String normalise(String text) {
        return AMPERSAND_IN_WORD.matcher(VietnameseText.nfc(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** True when {@code pair} (two lower-case syllables) is too common in any report to be evidence. */
    boolean generic(String pair) {
        return genericPairs.contains(pair);
    }

    /** Which of a clause's lower-case words belong to the name of an institution or office. */
    boolean[] inNames(String[] words) {
        boolean[] covered = new boolean[words.length];
        int i = 0;
        while (i < words.length) {
            int matched = longestNameAt(words, i);
            for (int k = i; k < i + matched; k++) {
                covered[k] = true;
            }
            i += Math.max(1, matched);
        }
        return covered;
    }

    private int longestNameAt(String[] words, int start) {
        for (String[] name : namesByFirstWord.getOrDefault(words[start], List.of())) {
            if (start + name.length <= words.length && matches(words, start, name)) {
                return name.length;
            }
        }
        return 0;
    }

    private static boolean matches(String[] words, int start, String[] name) {
        for (int k = 0; k < name.length; k++) {
            if (!words[start + k].equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word in capitals of at least two letters, as the press abbreviates a body ("HĐND", "CSGT"): no syllable of
     * running text is written so, which is why such a word may stand alone where a name needs two syllables.
     */
    private static boolean abbreviation(String line) {
        String word = VietnameseText.nfc(line).trim();
        return word.length() >= 2 && word.matches("[\\p{Lu}\\p{N}&]+") && word.codePoints().filter(Character::isLetter)
                .count() >= 2;
    }

    /** The entries of a bundled list: {@link #normalise}d, blank lines and {@code #} comments left out. */
    static List<String> read(String resource, int minWords, int maxWords) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = NotEvidence.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled list " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = normalise(line).trim().replaceAll("\\s+", " ");
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int words = entry.split(" ").length;
                if ((words < minWords && !abbreviation(line)) || words > maxWords
                        || !entry.matches("[\\p{L}\\p{N} ]+")) {
                    String size = minWords == maxWords ? String.valueOf(minWords) : minWords + " or more";
                    throw new IllegalStateException(resource + " line " + number + ": '" + line.trim() + "' must be "
                            + size + " words of letters and digits, or one abbreviation in capitals (HĐND)");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + resource, e);
        }
        return entries;
    }
}
