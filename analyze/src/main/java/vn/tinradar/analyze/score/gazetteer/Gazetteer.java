package vn.tinradar.analyze.score.gazetteer;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.analyze.score.text.TsvResource;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.text.VietnameseText;

/**
 * Finds the province's places in a text: today's communes and wards, the province, and the names the July
 * 2025 reform retired (former districts, merged communes, the former Yên Bái province), each tagged with
 * today's unit.
 *
 * <p>Names match with or without diacritics and with or without an administrative prefix. A bare name
 * ("Bảo Hà") must be capitalised as names are; a bare name that is also an ordinary word ("Hạnh Phúc",
 * "Trung Tâm") must in addition not open a sentence, and a prefixed form ("xã Hạnh Phúc") always matches.
 * The resource format is documented in {@code score/gazetteer-lao-cai.tsv}. Immutable and thread-safe.
 */
public final class Gazetteer {

    public static final String DEFAULT_RESOURCE = "/score/gazetteer-lao-cai.tsv";
    static final Set<String> LEVELS = Set.of("province", "commune", "ward", "former-district");

    /** One unit of the resource file. */
    public record Place(String id, String name, String level) {
    }

    /** How an alias may match: its rank breaks ties between places sharing a name (lower wins). */
    record Alias(Place place, int rank, boolean bare, boolean ordinaryWord, boolean former, boolean sharedElsewhere) {

        /**
         * A bare name that other units of the country also bear only counts when something else in the text
         * places the article in the province: a retired commune name written without "xã" ("Kim Sơn", "Tân An"),
         * or a commune named like a province or district elsewhere ("Khánh Hòa").
         */
        boolean needsContext() {
            boolean local = "province".equals(place.level()) || "former-district".equals(place.level());
            return bare && !local && (former || sharedElsewhere);
        }
    }

    private final PhraseIndex<Alias> index;
    private final int size;

    private Gazetteer(PhraseIndex<Alias> index, int size) {
        this.index = index;
        this.size = size;
    }

    public static Gazetteer loadDefault() {
        return TsvResource.bundled(DEFAULT_RESOURCE, Gazetteer::load);
    }

    public static Gazetteer load(Path file) {
        return TsvResource.file(file, Gazetteer::load);
    }

    /**
     * Reads the TSV format: {@code id, name, level, names, old-names}; names are separated by {@code |}, a
     * leading {@code ~} marks a bare name that is also an ordinary word, a leading {@code ?} a bare name that a
     * province or district elsewhere in the country also bears.
     *
     * @throws IllegalArgumentException naming the source and line when a line is malformed
     */
    public static Gazetteer load(InputStream in, String sourceName) {
        PhraseIndex<Alias> index = new PhraseIndex<>();
        int[] count = {0};
        TsvResource.forEachRow(in, sourceName, (lineNo, cols) -> {
            if (cols.length < 4) {
                throw new IllegalArgumentException(sourceName + " line " + lineNo
                        + ": expected at least 4 tab-separated columns (id, name, level, names) but found " + cols.length);
            }
            String level = cols[2].trim();
            if (!LEVELS.contains(level)) {
                throw new IllegalArgumentException(sourceName + " line " + lineNo + ": unknown level '" + level
                        + "', expected one of " + LEVELS);
            }
            Place place = new Place(cols[0].trim(), VietnameseText.nfc(cols[1].trim()), level);
            int levelRank = switch (level) {
                case "province" -> 0;
                case "commune", "ward" -> 1;
                default -> 2;
            };
            addAliases(index, place, cols[3], levelRank * 2, false);
            if (cols.length > 4) {
                // the province's former name ("Yên Bái") means the province before any ward that kept the name
                int formerRank = levelRank == 0 ? 1 : levelRank * 2 + 1 + (levelRank == 2 ? 0 : 4);
                addAliases(index, place, cols[4], formerRank, true);
            }
            count[0]++;
        });
        return new Gazetteer(index, count[0]);
    }

    private static void addAliases(PhraseIndex<Alias> index, Place place, String column, int rank, boolean former) {
        for (String raw : column.split("\\|")) {
            String alias = raw.trim();
            if (alias.isEmpty()) {
                continue;
            }
            boolean ordinary = alias.startsWith("~");
            boolean shared = alias.startsWith("?");
            if (ordinary || shared) {
                alias = alias.substring(1);
            }
            boolean bare = !AdminPrefix.startsWithPrefix(alias);
            Alias a = new Alias(place, rank, bare, ordinary, former, shared);
            index.add(VietnameseText.nfc(alias), a);
            // the press abbreviates the type word: "TP Lào Cai", "TX Nghĩa Lộ", "TT Phố Ràng", "H. Bảo Yên"
            AdminPrefix.abbreviated(alias).ifPresent(short_ -> index.add(VietnameseText.nfc(short_), a));
        }
    }

    public int size() {
        return size;
    }

    /** Places found in the text, once per unit, in order of first mention. */
    public List<PlaceTag> find(String text) {
        String s = VietnameseText.nfc(text == null ? "" : text);
        // "TP. Lào Cai", "TX.Sa Pa": the abbreviation's dot is not the end of a phrase (same length, same offsets)
        List<Token> tokens = Tokenizer.tokenize(AdminPrefix.undotted(s));
        Map<String, PlaceTag> found = new LinkedHashMap<>();
        Map<String, PlaceTag> needContext = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Alias> best = null;
            for (PhraseIndex.Match<Alias> m : index.matchesAt(tokens, i)) {
                if (!accepted(tokens, m)) {
                    continue;
                }
                if (best == null || m.to() > best.to()
                        || (m.to() == best.to() && m.entry().value().rank() < best.entry().value().rank())) {
                    best = m;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Place p = best.entry().value().place();
            PlaceTag tag = new PlaceTag(p.id(), p.name(), p.level(), PhraseIndex.written(s, tokens, best));
            (best.entry().value().needsContext() ? needContext : found).putIfAbsent(p.id() + "/" + p.level(), tag);
            i = best.to();
        }
        if (!found.isEmpty()) {
            needContext.forEach(found::putIfAbsent);
        }
        return new ArrayList<>(found.values());
    }

    private static boolean accepted(List<Token> tokens, PhraseIndex.Match<Alias> m) {
        Alias a = m.entry().value();
        if (!a.bare()) {
            return true;
        }
        // the province's own name is written in lower case in social posts often enough to accept it
        boolean needsCapitals = !"province".equals(a.place().level());
        if (needsCapitals) {
            for (int k = m.from(); k < m.to(); k++) {
                if (!tokens.get(k).capitalised()) {
                    return false;
                }
            }
        }
        if (a.ordinaryWord() && tokens.get(m.from()).sentenceStart()) {
            return false;
        }
        return true;
    }
}
