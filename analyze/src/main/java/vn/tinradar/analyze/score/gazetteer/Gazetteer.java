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
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.text.VietnameseText;

/**
 * Finds one province's places in a text: today's communes and wards, the province, and the names the July
 * 2025 reform retired (former districts, merged communes, the former provinces merged into it), each tagged
 * with today's unit.
 *
 * <p>Names match with or without diacritics and with or without an administrative prefix. A bare name
 * ("Bảo Hà") must be capitalised as names are; a bare name that is also an ordinary word ("Hạnh Phúc",
 * "Trung Tâm") must in addition not open a sentence, and a prefixed form ("xã Hạnh Phúc") always matches. A
 * name that a unit of another province also bears counts only beside an unshared place of the province, and
 * never when another province is named right after it ("xã Tân Lập, tỉnh Phú Thọ"); today's name written with
 * its unit word ("xã Tân Lập") is taken as the configured province's own when the text names no other province. The resource format is
 * documented at the top of each {@code score/gazetteer/<slug>.tsv}. Immutable and thread-safe.
 */
public final class Gazetteer {

    static final String RESOURCE_DIR = "/score/gazetteer/";
    static final Set<String> LEVELS = Set.of("province", "former-province", "commune", "ward", "former-district");
    /** Unit words, alone or as the last syllable of one ("thị trấn"), that make a following name a unit's. */
    private static final Set<String> UNIT_WORDS = Set.of("xa", "phuong", "huyen", "quan", "tinh", "tran", "tt", "tp",
            "tx", "khu");
    /** How many syllables after a shared name another province's name may follow and still claim it. */
    private static final int NEIGHBOUR_WINDOW = 6;
    /**
     * Names the press writes for a province that its official and former names do not give, by province code:
     * headlines write "TP.HCM" and "TPHCM" far more often than the city's full name.
     */
    private static final Map<String, List<String>> PRESS_NAMES = Map.of("79", List.of("TPHCM", "TP HCM"));

    /** One unit of the resource file. */
    public record Place(String id, String name, String level) {
    }

    /** How an alias may match: its rank breaks ties between places sharing a name (lower wins). */
    record Alias(Place place, int rank, boolean bare, boolean ordinaryWord, boolean former, boolean sharedElsewhere) {

        /**
         * A name another province's unit also bears ("xã Tân Lập", "Khánh Hòa"), or a retired commune name
         * written without "xã" ("Kim Sơn"), only counts when something else in the text places the article in
         * the province.
         */
        boolean needsContext() {
            boolean local = switch (place.level()) {
                case "province", "former-province", "former-district" -> true;
                default -> false;
            };
            return sharedElsewhere || (bare && !local && former);
        }
    }

    private final PhraseIndex<Alias> index;
    private final PhraseIndex<String> otherProvinces;
    private final int size;

    private Gazetteer(PhraseIndex<Alias> index, PhraseIndex<String> otherProvinces, int size) {
        this.index = index;
        this.otherProvinces = otherProvinces;
        this.size = size;
    }

    /** The gazetteer of the province TinRadar defaults to (Lào Cai). */
    public static Gazetteer loadDefault() {
        return forProvince(Provinces.defaultProvince());
    }

    /** The bundled gazetteer of a province. */
    public static Gazetteer forProvince(Province province) {
        return TsvResource.bundled(RESOURCE_DIR + province.slug() + ".tsv", (in, name) -> load(in, name, province));
    }

    /** A gazetteer file that replaces the bundled one of {@code province}. */
    public static Gazetteer load(Path file, Province province) {
        return TsvResource.file(file, (in, name) -> load(in, name, province));
    }

    /** A gazetteer file of the default province; see {@link #load(InputStream, String, Province)}. */
    public static Gazetteer load(InputStream in, String sourceName) {
        return load(in, sourceName, Provinces.defaultProvince());
    }

    /**
     * Reads the TSV format: {@code id, name, level, names, old-names}; names are separated by {@code |}, a
     * leading {@code ~} marks a bare name that is also an ordinary word, a leading {@code ?} a name that a
     * unit of another province also bears (both may be given, in that order).
     *
     * @param province the province the file describes: the others' names are the ones that disown a shared name
     * @throws IllegalArgumentException naming the source and line when a line is malformed
     */
    public static Gazetteer load(InputStream in, String sourceName, Province province) {
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
            // the province's former name ("Yên Bái") means the province before any ward that kept the name
            int rank = switch (level) {
                case "province" -> 0;
                case "former-province" -> 1;
                case "commune", "ward" -> 2;
                default -> 4;
            };
            addAliases(index, place, cols[3], rank, false);
            if (cols.length > 4) {
                addAliases(index, place, cols[4], rank + 5, true);
            }
            count[0]++;
        });
        return new Gazetteer(index, otherProvinceNames(province), count[0]);
    }

    /** Every other province's name, today's and former, written bare or with its unit word. */
    private static PhraseIndex<String> otherProvinceNames(Province ours) {
        PhraseIndex<String> names = new PhraseIndex<>();
        for (Province p : Provinces.all()) {
            if (p.code().equals(ours.code())) {
                continue;
            }
            List<String> all = new ArrayList<>(p.formerNames());
            all.add(p.shortName());
            for (String n : all) {
                for (String form : List.of(n, "tỉnh " + n, "thành phố " + n, "TP " + n)) {
                    names.add(VietnameseText.nfc(form), p.code());
                }
            }
            for (String n : PRESS_NAMES.getOrDefault(p.code(), List.of())) {
                names.add(VietnameseText.nfc(n), p.code());
            }
        }
        return names;
    }

    private static void addAliases(PhraseIndex<Alias> index, Place place, String column, int rank, boolean former) {
        for (String raw : column.split("\\|")) {
            String alias = raw.trim();
            boolean ordinary = alias.startsWith("~");
            if (ordinary) {
                alias = alias.substring(1);
            }
            boolean shared = alias.startsWith("?");
            if (shared) {
                alias = alias.substring(1);
            }
            if (alias.isEmpty()) {
                continue;
            }
            boolean bare = !AdminPrefix.startsWithPrefix(alias);
            Alias a = new Alias(place, rank, bare, ordinary, former, shared);
            index.add(VietnameseText.nfc(alias), a);
            // the press abbreviates the type word: "TP Lào Cai", "TX Nghĩa Lộ", "TT Phố Ràng", "H. Bảo Yên", "P. Sa Pa"
            AdminPrefix.abbreviated(alias).ifPresent(short_ -> index.add(VietnameseText.nfc(short_), a));
        }
    }

    public int size() {
        return size;
    }

    /** Places found in the text, once per unit, in order of first mention. */
    public List<PlaceTag> find(String text) {
        return read(text).places();
    }

    /**
     * Every mention of the province's places in the text, and every mention of another province's name, with
     * where each stands: what salience needs to tell the subject of an article from a passing mention.
     */
    public Reading read(String text) {
        String s = VietnameseText.nfc(text == null ? "" : text);
        // "TP. Lào Cai", "TX.Sa Pa": the abbreviation's dot is not the end of a phrase (same length, same offsets)
        List<Token> tokens = Tokenizer.tokenize(AdminPrefix.undotted(s));
        List<OtherProvinceMention> others = otherProvinceMentions(tokens);
        boolean[] otherProvinceAt = new boolean[tokens.size()];
        for (OtherProvinceMention o : others) {
            otherProvinceAt[o.from()] = true;
        }
        boolean otherProvinceNamed = !others.isEmpty();
        List<Mention> mentions = new ArrayList<>();
        boolean placed = false;
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Alias> best = null;
            for (PhraseIndex.Match<Alias> m : index.matchesAt(tokens, i)) {
                if (!accepted(s, tokens, m)) {
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
            Alias alias = best.entry().value();
            Place p = alias.place();
            PlaceTag tag = new PlaceTag(p.id(), p.name(), p.level(), PhraseIndex.written(s, tokens, best));
            // "xã Phúc Khánh" in a text that names no other province is the configured province's own
            boolean ours = !alias.needsContext() || (alias.sharedElsewhere() && !alias.bare() && !alias.former()
                    && !otherProvinceNamed);
            if (ours) {
                placed = true;
                mentions.add(new Mention(tag, best.from(), best.to()));
            } else if (!(alias.sharedElsewhere() && followedByOtherProvince(tokens, otherProvinceAt, best.to()))) {
                mentions.add(new Mention(tag, best.from(), best.to()));
            }
            i = best.to();
        }
        // names that need context count only when an unshared place of the province is in the text too
        return new Reading(s, tokens, placed ? List.copyOf(mentions) : List.of(), others);
    }

    /** One place of the province named in a text, at tokens [from, to) of its {@link Reading}. */
    public record Mention(PlaceTag place, int from, int to) {
    }

    /** Another province named in a text ({@code code} is its code), at tokens [from, to). */
    public record OtherProvinceMention(String code, int from, int to) {
    }

    /** A text as the gazetteer read it: its syllables, the province's mentions and other provinces' mentions. */
    public record Reading(String text, List<Token> tokens, List<Mention> mentions,
            List<OtherProvinceMention> otherProvinces) {

        /** The places mentioned, once per unit, in order of first mention. */
        public List<PlaceTag> places() {
            Map<String, PlaceTag> found = new LinkedHashMap<>();
            for (Mention m : mentions) {
                found.putIfAbsent(m.place().id() + "/" + m.place().level(), m.place());
            }
            return new ArrayList<>(found.values());
        }
    }

    /** Other provinces' names, written capitalised as names are or with their unit word. */
    private List<OtherProvinceMention> otherProvinceMentions(List<Token> tokens) {
        List<OtherProvinceMention> found = new ArrayList<>();
        for (PhraseIndex.Match<String> m : otherProvinces.findAll(tokens)) {
            boolean named = AdminPrefix.startsWithPrefix(m.entry().phrase());
            boolean capitalised = true;
            for (int k = m.from(); k < m.to(); k++) {
                capitalised &= tokens.get(k).capitalised();
            }
            if (named || capitalised) {
                found.add(new OtherProvinceMention(m.entry().value(), m.from(), m.to()));
            }
        }
        return found;
    }

    /** "xã Tân Lập, huyện Tân Sơn, tỉnh Phú Thọ": another province named in the same sentence, just after. */
    private static boolean followedByOtherProvince(List<Token> tokens, boolean[] otherProvinceAt, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + NEIGHBOUR_WINDOW); k++) {
            if (tokens.get(k).sentenceStart()) {
                return false;
            }
            if (otherProvinceAt[k]) {
                return true;
            }
        }
        return false;
    }

    /** "UBND", "TP", "HĐND": an upper-case abbreviation is not part of the name after it. */
    private static boolean acronym(String text, Token t) {
        String word = text.substring(t.start(), t.end());
        return word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean accepted(String text, List<Token> tokens, PhraseIndex.Match<Alias> m) {
        Alias a = m.entry().value();
        if (!a.bare()) {
            // "thị xã Việt Yên" is the former town, not "xã Việt Yên"
            boolean town = m.from() > 0 && "xa".equals(tokens.get(m.from()).folded())
                    && "thi".equals(tokens.get(m.from() - 1).folded()) && tokens.get(m.from()).joined();
            return !town;
        }
        if (m.from() > 0 && tokens.get(m.from()).joined()) {
            Token before = tokens.get(m.from() - 1);
            // "xã Hà Nam" is a commune named like the former province: a unit word we did not match says it is
            // another unit; "Mỹ Thành Nam" is not "Thành Nam"
            if (UNIT_WORDS.contains(before.folded())) {
                return false;
            }
            if (!"province".equals(a.place().level()) && before.capitalised() && !before.sentenceStart()
                    && !acronym(text, before)) {
                return false;
            }
        }
        if (m.to() < tokens.size() && tokens.get(m.to()).joined() && !"province".equals(a.place().level())) {
            Token after = tokens.get(m.to());
            if (after.capitalised() && !acronym(text, after)) {
                return false;
            }
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
