package vn.tinradar.analyze.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * Moves a real article to another province: every province the text names (today's 34 and the ones the July 2025
 * reform merged, as the bundled gazetteers list them) becomes one of the 34, its first mention also naming one of
 * that province's communes; an article that names no province may get a dateline in capitals ("LÀO CAI – "), as
 * national outlets open a report from the provinces. Reads the gazetteers bundled under {@code score/gazetteer/}, which are
 * generated from the public administrative-division data in {@code ../shared/data/admin_divisions}.
 */
final class PlaceSwapper {

    /** One of the 34 with the names of its communes as a sentence writes them ("xã Bát Xát"). */
    record Target(Province province, List<String> communes) {
    }

    private final List<Target> targets = new ArrayList<>();
    /** Every name of a province or former province as written in the press, to the code of today's province. */
    private final Map<String, String> provinceOfName = new HashMap<>();
    private final Pattern names;

    PlaceSwapper() {
        for (Province p : Provinces.all()) {
            List<String> communes = new ArrayList<>();
            for (String[] row : rows(p.slug())) {
                switch (row[2]) {
                    case "province", "former-province" -> {
                        for (String name : row[3].split("\\|")) {
                            String bare = name.replaceFirst("^[~?]+", "");
                            provinceOfName.put(bare, p.code());
                            provinceOfName.put(capitalised(bare), p.code());
                        }
                    }
                    case "commune" -> communes.add(Character.toLowerCase(row[1].charAt(0)) + row[1].substring(1));
                    default -> {
                    }
                }
            }
            targets.add(new Target(p, List.copyOf(communes)));
        }
        List<String> longestFirst = new ArrayList<>(provinceOfName.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String n : longestFirst) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    List<Target> targets() {
        return targets;
    }

    /**
     * Rewrites the province names of one article (title first, then paragraphs, in place) for {@code main}; other
     * provinces the article names become other provinces drawn from {@code random}, the same one each time.
     *
     * @return how many names were replaced
     */
    int swap(String[] texts, Target main, String commune, SplittableRandom random) {
        Map<String, Target> moved = new HashMap<>();
        int replaced = 0;
        boolean communeNamed = false;
        for (int t = 0; t < texts.length; t++) {
            Matcher m = names.matcher(texts[t]);
            StringBuilder out = new StringBuilder(texts[t].length() + 32);
            while (m.find()) {
                String code = provinceOfName.get(m.group());
                Target to = moved.computeIfAbsent(code,
                        c -> moved.isEmpty() ? main : targets.get(random.nextInt(targets.size())));
                String replacement = hasUnitWord(m.group()) ? to.province().inSentence() : to.province().shortName();
                if (to == main && !communeNamed) {
                    replacement = commune + ", " + to.province().inSentence();
                    communeNamed = true;
                }
                if (hasUnitWord(m.group()) && Character.isUpperCase(m.group().charAt(0))) {
                    replacement = capitalised(replacement);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                replaced++;
            }
            m.appendTail(out);
            texts[t] = out.toString();
        }
        return replaced;
    }

    /** The dateline of a report from {@code target}: its name in capitals and a dash, before the lead. */
    static String dateline(Target target) {
        return target.province().shortName().toUpperCase(java.util.Locale.ROOT) + " – ";
    }

    private static boolean hasUnitWord(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("tỉnh ") || lower.startsWith("thành phố ");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String[]> rows(String slug) {
        String resource = "/score/gazetteer/" + slug + ".tsv";
        try (InputStream in = PlaceSwapper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + resource + " is not on the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
