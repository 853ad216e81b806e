package vn.tinradar.common.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.text.VietnameseText;

/**
 * The 34 provinces and centrally-run cities, read from the bundled {@code province/provinces.tsv} (generated
 * from the public administrative-division data), and the lookup of a setting's value among them.
 */
public final class Provinces {

    static final String RESOURCE = "/province/provinces.tsv";
    /** The province TinRadar was first built for: the default when nothing is configured. */
    public static final String DEFAULT_NAME = "Lào Cai";

    private static final List<Province> ALL = load();

    private Provinces() {
    }

    public static List<Province> all() {
        return ALL;
    }

    public static Province defaultProvince() {
        return byName(DEFAULT_NAME);
    }

    /**
     * The province a setting names, with or without its unit word, in any letter case and with or without
     * diacritics ("Ninh Bình", "tỉnh Ninh Bình", "ninh binh", "TP Hồ Chí Minh"): the 34 folded names are distinct.
     *
     * @throws IllegalArgumentException when it is not one of the 34, naming the value and the close names
     */
    public static Province byName(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(refusal(value)));
    }

    /** The province a setting names, or empty; see {@link #byName}. */
    public static Optional<Province> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = foldedKey(value);
        return ALL.stream().filter(p -> foldedKey(p.shortName()).equals(key)).findFirst();
    }

    /** Why a value was refused: which former province it now belongs to, and the close names among the 34. */
    static String refusal(String value) {
        StringBuilder sb = new StringBuilder("province '").append(value)
                .append("' is not one of the 34 provinces and centrally-run cities formed on 1 July 2025");
        String folded = VietnameseText.fold(stripUnitWord(value == null ? "" : value.strip()));
        for (Province p : ALL) {
            for (String former : p.formerNames()) {
                if (VietnameseText.fold(former).equals(folded)) {
                    sb.append("; ").append(former).append(" is part of ").append(p.name()).append(" since then");
                }
            }
        }
        List<String> close = suggestions(value);
        if (!close.isEmpty()) {
            sb.append("; close names: ").append(String.join(", ", close));
        }
        return sb.toString();
    }

    /** Up to five of the 34 whose name is close to the value, diacritics and letter case aside. */
    public static List<String> suggestions(String value) {
        String folded = VietnameseText.fold(stripUnitWord(value == null ? "" : value.strip()));
        record Scored(Province province, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Province p : ALL) {
            String candidate = VietnameseText.fold(p.shortName());
            int d = editDistance(folded, candidate);
            boolean contains = !folded.isEmpty() && (candidate.contains(folded) || folded.contains(candidate));
            if (contains || d <= Math.max(2, candidate.length() / 3)) {
                scored.add(new Scored(p, contains ? Math.min(d, 1) : d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(5)
                .map(s -> s.province().name()).toList();
    }

    private static String foldedKey(String value) {
        return VietnameseText.fold(stripUnitWord(value.strip())).replaceAll("\\s+", " ");
    }

    /** "tỉnh Ninh Bình" → "Ninh Bình"; "TP. Hồ Chí Minh", "thành phố Hồ Chí Minh" → "Hồ Chí Minh". */
    private static String stripUnitWord(String value) {
        String folded = VietnameseText.fold(value);
        for (String unit : List.of("thanh pho ", "tinh ", "tp. ", "tp.", "tp ")) {
            if (folded.startsWith(unit)) {
                return value.substring(unit.length()).strip();
            }
        }
        return value;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Province> load() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the classpath");
            }
            List<Province> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                List<String> former = c[4].isEmpty() ? List.of() : Arrays.asList(c[4].split("\\|"));
                out.add(new Province(c[0], c[1], c[2], c[3], former));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
        }
    }
}
