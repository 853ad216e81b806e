package vn.tinradar.analyze.score.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tinradar.common.text.VietnameseText;

/**
 * Builds {@code score/gazetteer-lao-cai.tsv} from the public administrative-division data: the pre-reform
 * units of Lào Cai (10) and Yên Bái (15), and the July 2025 mapping of today's Lào Cai (15) to them.
 *
 * <p>Run: {@code java -cp <test classpath> vn.tinradar.analyze.score.gazetteer.GazetteerBuilder
 * /work/shared/data/admin_divisions analyze/src/main/resources/score/gazetteer-lao-cai.tsv}
 */
public final class GazetteerBuilder {

    static final String NEW_PROVINCE = "15";
    static final Set<String> OLD_PROVINCES = Set.of("10", "15");

    /**
     * Names of units that are also everyday words or phrases; their bare form is marked so that it only
     * matches capitalised inside a sentence.
     */
    static final Set<String> ORDINARY_WORDS = Set.of("trung tam", "hanh phuc", "binh minh", "hop thanh", "phuc loi",
            "che tao", "thong nhat", "dong tam", "tan tien", "hoa binh", "thanh cong", "dong tien", "tien bo",
            "hung thinh", "an binh", "quang minh", "minh xuan", "dai dong", "tan thanh", "bao ai", "gia phu",
            "minh luong", "lien son", "nghia tam", "cat thinh", "tan hop", "phuc khanh", "an lac", "tan phong",
            "xuan ai", "viet hong", "nam cuong", "bac cuong", "thuong ha", "phong hai", "y ty", "tu le");

    /** Spellings the press uses where the statistics office writes the name otherwise. */
    static final Map<String, String> PRESS_SPELLINGS = Map.of("Mù Căng Chải", "Mù Cang Chải");

    private GazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder <admin_divisions dir> <output.tsv>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(dir.resolve("dvhcvn_2025-03/dvhcvn.json").toFile());
        JsonNode merges = json.readTree(dir.resolve("dvhcvn_2025-07_mapping/merges.json").toFile());
        Set<String> namesElsewhere = new HashSet<>();
        for (JsonNode p : before.get("data")) {
            // national news names other provinces and districts all the time: a commune sharing such a name is ambiguous
            namesElsewhere.add(VietnameseText.fold(stripPrefix(p.get("name").asText())));
            if (!OLD_PROVINCES.contains(p.get("level1_id").asText())) {
                for (JsonNode d : p.get("level2s")) {
                    namesElsewhere.add(VietnameseText.fold(stripPrefix(d.get("name").asText())));
                }
            }
        }
        Set<String> stopwords = new HashSet<>();
        Path stop = dir.resolveSibling("lexicons/stopwords/vietnamese-stopwords.txt");
        if (Files.exists(stop)) {
            for (String w : Files.readAllLines(stop, StandardCharsets.UTF_8)) {
                stopwords.add(VietnameseText.fold(w.trim()));
            }
        }
        List<String> rows = new ArrayList<>();
        Map<String, String> oldCommuneNames = new LinkedHashMap<>();
        List<String[]> oldDistricts = new ArrayList<>();
        List<String> oldProvinceNames = new ArrayList<>();
        for (JsonNode p : before.get("data")) {
            if (!OLD_PROVINCES.contains(p.get("level1_id").asText())) {
                continue;
            }
            oldProvinceNames.add(p.get("name").asText());
            for (JsonNode d : p.get("level2s")) {
                oldDistricts.add(new String[] {d.get("level2_id").asText(), d.get("name").asText()});
                for (JsonNode c : d.get("level3s")) {
                    oldCommuneNames.put(c.get("level3_id").asText(), c.get("name").asText());
                }
            }
        }
        for (JsonNode p : merges.get("data")) {
            if (!NEW_PROVINCE.equals(p.get("level1_id").asText())) {
                continue;
            }
            String provinceName = p.get("name").asText();
            Set<String> old = new LinkedHashSet<>();
            for (JsonNode m : p.get("merges")) {
                if (!m.get("name").asText().equals(provinceName)) {
                    old.addAll(forms(m.get("name").asText(), stopwords, Set.of()));
                }
            }
            rows.add(row(NEW_PROVINCE, provinceName, "province", forms(provinceName, stopwords, Set.of()), old));
            for (JsonNode c : p.get("level2s")) {
                String name = c.get("name").asText();
                Set<String> current = forms(name, stopwords, namesElsewhere);
                Set<String> former = new LinkedHashSet<>();
                for (JsonNode m : c.get("merges")) {
                    String oldName = oldCommuneNames.getOrDefault(m.get("old_id").asText(), m.get("name").asText());
                    for (String f : forms(oldName, stopwords, namesElsewhere)) {
                        if (!current.contains(f)) {
                            former.add(f);
                        }
                    }
                }
                String level = VietnameseText.fold(name).startsWith("phuong") ? "ward" : "commune";
                rows.add(row(c.get("level2_id").asText(), name, level, current, former));
            }
        }
        for (String[] d : oldDistricts) {
            rows.add(row(d[0], d[1], "former-district", forms(d[1], stopwords, Set.of()), Set.of()));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# TinRadar gazetteer: the province of Lào Cai as formed on 1 July 2025 (Lào Cai + Yên Bái).");
            out.println("# Generated by GazetteerBuilder (analyze test scope) from the public administrative-division data");
            out.println("# (GSO units as of 01/03/2025 and the July 2025 merge mapping). Do not edit by hand: rebuild.");
            out.println("# Columns (tab-separated): id, today's official name, level, today's names, former names.");
            out.println("# Names are separated by |; a leading ~ marks a bare name that is also an ordinary word,");
            out.println("# which only matches capitalised and not at the start of a sentence; a leading ? marks a bare");
            out.println("# commune name that a province or district elsewhere also bears, which needs another place of");
            out.println("# the province in the same text.");
            out.println("# former-district rows keep the pre-2025 district code and name: the unit no longer exists.");
            rows.forEach(out::println);
        }
        System.out.println("wrote " + rows.size() + " units to " + args[1]);
    }

    /** "Thị trấn Phố Ràng" → {thị trấn Phố Ràng, Phố Ràng}; "Thành phố Lào Cai" also gives "TP Lào Cai". */
    static Set<String> forms(String official, Set<String> stopwords, Set<String> namesElsewhere) {
        String bare = stripPrefix(official);
        String prefix = official.substring(0, official.length() - bare.length()).trim().toLowerCase();
        Set<String> out = new LinkedHashSet<>();
        out.add(prefix + " " + bare);
        if (PRESS_SPELLINGS.containsKey(bare)) {
            out.add(prefix + " " + PRESS_SPELLINGS.get(bare));
        }
        switch (prefix) {
            case "thành phố" -> out.add("TP " + bare);
            case "thị xã" -> out.add("TX " + bare);
            default -> {
            }
        }
        String folded = VietnameseText.fold(bare);
        boolean ordinary = ORDINARY_WORDS.contains(folded) || stopwords.contains(folded) || !bare.contains(" ");
        out.add((ordinary ? "~" : namesElsewhere.contains(folded) ? "?" : "") + bare);
        return out;
    }

    static String stripPrefix(String official) {
        String folded = VietnameseText.fold(official);
        for (String p : List.of("thanh pho", "thi tran", "thi xa", "phuong", "huyen", "tinh", "xa")) {
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
