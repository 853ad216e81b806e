package vn.tinradar.analyze.score.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * Builds the bundled place resources from the public administrative-division data: the list of the 34
 * provinces ({@code common/.../province/provinces.tsv}) and one gazetteer per province
 * ({@code analyze/.../score/gazetteer/<slug>.tsv}) from the pre-reform units (03/2025) and the July 2025
 * merge mapping.
 *
 * <p>Run from the repository root: {@code java -cp <analyze test classpath>
 * vn.tinradar.analyze.score.gazetteer.GazetteerBuilder ../shared/data/admin_divisions .}
 */
public final class GazetteerBuilder {

    /**
     * Names of units that are also everyday words or phrases; their bare form is marked so that it only
     * matches capitalised inside a sentence.
     */
    static final Set<String> ORDINARY_WORDS = Set.of("trung tam", "hanh phuc", "binh minh", "hop thanh", "phuc loi",
            "che tao", "thong nhat", "dong tam", "tan tien", "hoa binh", "thanh cong", "dong tien", "tien bo",
            "hung thinh", "an binh", "quang minh", "minh xuan", "dai dong", "tan thanh", "bao ai", "gia phu",
            "minh luong", "lien son", "nghia tam", "cat thinh", "tan hop", "phuc khanh", "an lac", "tan phong",
            "xuan ai", "viet hong", "nam cuong", "bac cuong", "thuong ha", "phong hai", "y ty", "tu le",
            "doc lap", "doan ket", "quyet thang", "thang loi", "quyet tien", "dan chu", "tu do", "hoa hiep",
            "phu quy", "an khanh", "vinh quang", "thinh vuong", "tan an", "binh an", "an phu", "phuc tho");

    /** Spellings the press uses where the statistics office writes the name otherwise. */
    static final Map<String, List<String>> PRESS_SPELLINGS = Map.of("Mù Căng Chải", List.of("Mù Cang Chải"),
            "Hồ Chí Minh", List.of("TP HCM", "TPHCM", "TP.HCM", "Sài Gòn"));

    private static final List<String> TYPE_WORDS = List.of("thanh pho trung uong", "thanh pho", "thi tran", "thi xa",
            "phuong", "huyen", "quan", "tinh", "xa", "dac khu");

    private GazetteerBuilder() {
    }

    /** A unit of the country, before or after the reform, with today's province it lies in. */
    record Unit(String todayProvince, String kind, String bareFolded, String typedName) {

        Unit(String todayProvince, String kind, String official) {
            this(todayProvince, kind, foldedBare(official), typedKey(official));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder <admin_divisions dir> <repository root>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path root = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(dir.resolve("dvhcvn_2025-03/dvhcvn.json").toFile());
        JsonNode merges = json.readTree(dir.resolve("dvhcvn_2025-07_mapping/merges.json").toFile());
        Set<String> stopwords = new HashSet<>();
        Path stop = dir.resolveSibling("lexicons/stopwords/vietnamese-stopwords.txt");
        if (Files.exists(stop)) {
            for (String w : Files.readAllLines(stop, StandardCharsets.UTF_8)) {
                stopwords.add(VietnameseText.fold(w.trim()));
            }
        }
        Map<String, String> todayOfOldProvince = new HashMap<>();
        for (JsonNode p : merges.get("data")) {
            for (JsonNode m : p.get("merges")) {
                todayOfOldProvince.put(m.get("old_id").asText(), p.get("level1_id").asText());
            }
        }
        Map<String, JsonNode> oldProvinces = new LinkedHashMap<>();
        Map<String, String> oldCommuneNames = new HashMap<>();
        Map<String, String> oldCommuneDistricts = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (JsonNode p : before.get("data")) {
            String oldId = p.get("level1_id").asText();
            String today = todayOfOldProvince.get(oldId);
            oldProvinces.put(oldId, p);
            units.add(new Unit(today, "province", p.get("name").asText()));
            for (JsonNode d : p.get("level2s")) {
                units.add(new Unit(today, "district", d.get("name").asText()));
                for (JsonNode c : d.get("level3s")) {
                    oldCommuneNames.put(c.get("level3_id").asText(), c.get("name").asText());
                    oldCommuneDistricts.put(c.get("level3_id").asText(), d.get("name").asText());
                    units.add(new Unit(today, "commune", c.get("name").asText()));
                }
            }
        }
        for (JsonNode p : merges.get("data")) {
            units.add(new Unit(p.get("level1_id").asText(), "province", p.get("name").asText()));
            for (JsonNode c : p.get("level2s")) {
                units.add(new Unit(p.get("level1_id").asText(), "commune", c.get("name").asText()));
            }
        }
        Map<String, Set<String>> anyOwners = new HashMap<>();
        Map<String, Set<String>> sameKindOwners = new HashMap<>();
        for (Unit u : units) {
            anyOwners.computeIfAbsent(u.bareFolded(), k -> new HashSet<>()).add(u.todayProvince());
            sameKindOwners.computeIfAbsent(u.typedName(), k -> new HashSet<>()).add(u.todayProvince());
        }

        List<String> provinceRows = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Path gazetteerDir = root.resolve("analyze/src/main/resources/score/gazetteer");
        Files.createDirectories(gazetteerDir);
        int total = 0;
        for (JsonNode p : merges.get("data")) {
            String code = p.get("level1_id").asText();
            String official = p.get("name").asText();
            String bare = stripPrefix(official);
            String slug = VietnameseText.fold(bare).replace(' ', '-').replace("-–-", "-").replace("---", "-");
            if (!slugs.add(slug)) {
                throw new IllegalStateException("two provinces fold to the same name: " + slug);
            }
            Names names = new Names(code, stopwords, anyOwners, sameKindOwners);
            List<String> rows = new ArrayList<>();
            rows.add(row(code, official, "province", names.province(official), Set.of()));
            List<String> formerNames = new ArrayList<>();
            for (JsonNode m : p.get("merges")) {
                String old = m.get("name").asText();
                if (!foldedBare(old).equals(foldedBare(official))) {
                    formerNames.add(stripPrefix(old));
                    rows.add(row(code, official, "former-province", names.province(old), Set.of()));
                }
            }
            String display = official.startsWith("Thành phố") ? official : bare;
            provinceRows.add(code + "\t" + display + "\t" + official + "\t" + slug + "\t" + String.join("|", formerNames));
            for (JsonNode c : p.get("level2s")) {
                String name = c.get("name").asText();
                Set<String> current = names.commune(name);
                Set<String> former = new LinkedHashSet<>();
                for (JsonNode m : c.get("merges")) {
                    String oldName = oldCommuneNames.getOrDefault(m.get("old_id").asText(), m.get("name").asText());
                    if (stripPrefix(oldName).matches("\\d+")) {
                        // "phường 9" was a ward of several districts at once: alone it names none of them, with its
                        // district it names one ("phường 9, quận 3", "P.9, Q.3", "phường 1, TP Đông Hà")
                        String district = oldCommuneDistricts.get(m.get("old_id").asText());
                        if (district != null) {
                            former.addAll(numberedWard(oldName, district));
                        }
                        continue;
                    }
                    for (String f : names.commune(oldName)) {
                        if (!current.contains(f) && !current.contains(f.replaceFirst("^[~?]+", ""))) {
                            former.add(f);
                        }
                    }
                }
                rows.add(row(c.get("level2_id").asText(), name, "commune", current, former));
            }
            for (JsonNode m : p.get("merges")) {
                for (JsonNode d : oldProvinces.get(m.get("old_id").asText()).get("level2s")) {
                    String name = d.get("name").asText();
                    rows.add(row(d.get("level2_id").asText(), name, "former-district", names.district(name), Set.of()));
                }
            }
            write(gazetteerDir.resolve(slug + ".tsv"), official, p, rows);
            total += rows.size();
        }
        Path provincesFile = root.resolve("common/src/main/resources/province/provinces.tsv");
        Files.createDirectories(provincesFile.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(provincesFile, StandardCharsets.UTF_8))) {
            out.println("# The 34 provinces and centrally-run cities formed on 1 July 2025. Generated by GazetteerBuilder");
            out.println("# (analyze test scope) from the public administrative-division data; do not edit by hand.");
            out.println("# Columns (tab-separated): code, name as staff write it, official name, resource slug,");
            out.println("# former provinces merged into it under another name (separated by |).");
            provinceRows.forEach(out::println);
        }
        System.out.println("wrote " + provinceRows.size() + " provinces and " + total + " gazetteer rows under " + root);
    }

    private static void write(Path file, String official, JsonNode province, List<String> rows) throws IOException {
        List<String> merged = new ArrayList<>();
        province.get("merges").forEach(m -> merged.add(m.get("name").asText()));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("# TinRadar gazetteer: " + official + " as formed on 1 July 2025 (" + String.join(" + ", merged) + ").");
            out.println("# Generated by GazetteerBuilder (analyze test scope) from the public administrative-division data");
            out.println("# (GSO units as of 01/03/2025, GPL-3.0 via daohoangson/dvhcvn; July 2025 merge mapping, MIT via");
            out.println("# dvhcvn/20250701). Do not edit by hand: rebuild.");
            out.println("# Columns (tab-separated): id, today's official name, level, names, former names.");
            out.println("# Names are separated by |; a leading ~ marks a bare name that is also an ordinary word, which");
            out.println("# only matches capitalised and not at the start of a sentence; a leading ? marks a name that a unit");
            out.println("# of another province also bears, which needs an unshared place of the province in the same text");
            out.println("# and is dropped when another province is named right after it; today's name with its unit word");
            out.println("# counts alone when the text names no other province.");
            out.println("# former-province rows carry today's code and name; former-district rows keep the pre-2025");
            out.println("# district code and name: the unit no longer exists.");
            rows.forEach(out::println);
        }
    }

    /** The written forms of one province's names, each marked for how it may match. */
    record Names(String province, Set<String> stopwords, Map<String, Set<String>> anyOwners,
                 Map<String, Set<String>> sameKindOwners) {

        Set<String> province(String official) {
            Set<String> out = forms(official);
            out.add(stripPrefix(official));
            return out;
        }

        Set<String> commune(String official) {
            return marked(official);
        }

        Set<String> district(String official) {
            Set<String> out = marked(official);
            if (VietnameseText.fold(official).startsWith("thi xa ")) {
                // a district made a town not long ago is still "huyện Kim Bảng" to many writers
                out.add("huyện " + stripPrefix(official));
            }
            return out;
        }

        /** "Thị trấn Phố Ràng" → {thị trấn Phố Ràng, Phố Ràng}, marked as shared or ordinary where they are. */
        private Set<String> marked(String official) {
            String bare = stripPrefix(official);
            String folded = VietnameseText.fold(bare);
            String key = foldedBare(official);
            boolean prefixedShared = elsewhere(sameKindOwners.get(typedKey(official)));
            Set<String> out = new LinkedHashSet<>();
            for (String f : forms(official)) {
                out.add((prefixedShared ? "?" : "") + f);
            }
            boolean ordinary = ORDINARY_WORDS.contains(folded) || stopwords.contains(folded) || !bare.contains(" ");
            boolean shared = elsewhere(anyOwners.get(key));
            out.add((ordinary ? "~" : "") + (shared ? "?" : "") + bare);
            for (String press : PRESS_SPELLINGS.getOrDefault(bare, List.of())) {
                out.add((shared ? "?" : "") + press);
            }
            return out;
        }

        private boolean elsewhere(Set<String> owners) {
            return owners != null && owners.stream().anyMatch(o -> !o.equals(province));
        }
    }

    /** The official name with its type word in lower case, plus the press's other spellings of it. */
    /**
     * A numbered ward's names with its former district, written out and with the district's type word abbreviated
     * (the ward's own abbreviation, "P 9", the gazetteer adds when it loads): "phường 9, quận 3", "phường 9, Q 3";
     * the comma lets the text write one there or not.
     */
    static Set<String> numberedWard(String ward, String district) {
        String wardTyped = ward.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        Set<String> out = new LinkedHashSet<>();
        for (String d : forms(district)) {
            out.add(wardTyped + ", " + d);
            AdminPrefix.abbreviated(d).ifPresent(shortDistrict -> out.add(wardTyped + ", " + shortDistrict));
        }
        return out;
    }

    static Set<String> forms(String official) {
        String bare = stripPrefix(official);
        String prefix = official.substring(0, official.length() - bare.length()).trim().toLowerCase();
        if (prefix.equals("thành phố trung ương")) {
            prefix = "thành phố";
        }
        Set<String> out = new LinkedHashSet<>();
        if (!prefix.isEmpty()) {
            out.add(prefix + " " + bare);
        }
        for (String press : PRESS_SPELLINGS.getOrDefault(bare, List.of())) {
            if (!prefix.isEmpty() && !press.startsWith("TP")) {
                out.add(prefix + " " + press);
            } else if (press.startsWith("TP")) {
                out.add(press);
            }
        }
        if (bare.contains(" - ")) {
            // "Bà Rịa - Vũng Tàu" is also written with an en dash or without the dash
            out.add(prefix + " " + bare.replace(" - ", " – "));
        }
        return out;
    }

    /**
     * The bare name in lower case with its diacritics ("cẩm dương" is not "cam đường"): text written with
     * diacritics tells them apart, so only a name spelt the same way makes a unit elsewhere a namesake.
     */
    static String foldedBare(String official) {
        return typedKey(stripPrefix(official));
    }

    /** The whole name with its type word, as {@link #foldedBare} compares it: "xã tân lập" is not "phường tân lập". */
    static String typedKey(String official) {
        StringBuilder sb = new StringBuilder();
        for (String word : VietnameseText.nfc(official).split("\\s+")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Tokenizer.exactKey(word));
        }
        return sb.toString();
    }

    static String stripPrefix(String official) {
        String folded = VietnameseText.fold(official);
        for (String p : TYPE_WORDS) {
            if (folded.startsWith(p + " ")) {
                return official.substring(p.length() + 1).trim();
            }
        }
        return official;
    }

    private static String row(String id, String name, String level, Set<String> current, Set<String> former) {
        return id + "\t" + name + "\t" + level + "\t" + String.join("|", current) + "\t" + String.join("|", former);
    }
}
