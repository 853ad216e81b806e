package vn.tinradar.analyze.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import vn.tinradar.common.kafka.Json;

/**
 * Writes N articles spread over a year as JSON lines in the {@code score}/{@code replay} input format ({@code id,
 * title, text, url, source, tier, published}, plus {@code label}, the real section, and {@code seeds}, the ids of
 * the real articles used), the same file for the same arguments.
 *
 * <p><b>Real:</b> every sentence comes from a real article of the public VNTC (whole training split, 33,480
 * articles of 2005–2006 press) and VnExpress (23,964 title + lead) sets; the outlets are the ones of the starter
 * sources registries; the commune and province names are today's, from the bundled gazetteers.
 * <b>Varied:</b> a full article keeps its first paragraph and each later one with probability 0.65, otherwise takes
 * a paragraph of another article of the same section; the provinces it names move to one of the 34 (Lào Cai, the
 * default province, for one article in ten), the first mention naming a commune, and three in ten of the articles
 * that name none get a dateline ("LÀO CAI – "); one title in ten gets
 * a rubric ("Cập nhật: "); the time is drawn over {@code days} days with fewer articles at the weekend and at night;
 * the outlet is drawn uniformly; ids and URLs are new and unique. {@code vntc-train.jsonl} is not read: it
 * overlaps the whole split.
 *
 * <p>Run: {@code YearOfArticles DATA_DIR SOURCES_DIR OUT[.gz] N [SEED] [FIRST_DAY] [DAYS]} with DATA_DIR the
 * public data ({@code ../shared/data}), SOURCES_DIR {@code deploy/ops/config} and OUT {@code -} for standard output.
 */
public final class YearOfArticles {

    private static final double KEEP_PARAGRAPH = 0.65;
    private static final double TO_DEFAULT_PROVINCE = 0.1;
    private static final double RUBRIC = 0.1;
    private static final double DATELINE = 0.3;
    private static final String[] RUBRICS = {"Cập nhật: ", "Tin nóng: ", "Video: ", "Toàn cảnh: ", "Infographic: "};

    private final SeedArticles seeds;
    private final PlaceSwapper places;
    private final List<SourcePool.Outlet> outlets;
    private final PublicationClock clock;
    private final long seed;

    YearOfArticles(SeedArticles seeds, PlaceSwapper places, List<SourcePool.Outlet> outlets, PublicationClock clock,
                   long seed) {
        this.seeds = seeds;
        this.places = places;
        this.outlets = outlets;
        this.clock = clock;
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: YearOfArticles DATA_DIR SOURCES_DIR OUT[.gz] N [SEED] [FIRST_DAY] [DAYS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 16;
        LocalDate first = args.length > 5 ? LocalDate.parse(args[5]) : LocalDate.of(2025, 12, 1);
        int days = args.length > 6 ? Integer.parseInt(args[6]) : 365;
        SeedArticles seeds = SeedArticles.read(List.of(data.resolve("topic/vntc-train-full.jsonl.gz"),
                data.resolve("topic/vnexpress-sections-train.jsonl")));
        YearOfArticles year = new YearOfArticles(seeds, new PlaceSwapper(), SourcePool.read(Path.of(args[1])),
                new PublicationClock(first, days), seed);
        boolean toStdout = args[2].equals("-");
        Path out = Path.of(toStdout ? "/dev/stdout" : args[2]);
        int n = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        try (OutputStream file = toStdout ? System.out : Files.newOutputStream(out);
             OutputStream stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
             Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            year.write(n, w);
        }
        System.err.printf(Locale.ROOT, "event=year-written articles=%d seeds=%d sections=%s outlets=%d file=%s "
                        + "seconds=%.1f%n", n, seeds.size(), seeds.sectionSizes(), year.outlets.size(), args[2],
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes {@code n} articles, oldest first, one JSON object a line. */
    void write(int n, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = clock.draw(n, random);
        for (int i = 0; i < n; i++) {
            out.write(Json.mapper().writeValueAsString(article(i, times[i], random)));
            out.write('\n');
        }
    }

    private ObjectNode article(int i, long time, SplittableRandom random) {
        SeedArticles.Seed base = seeds.get(random.nextInt(seeds.size()));
        List<String> used = new ArrayList<>(List.of(base.id()));
        List<String> paragraphs = recombine(base, random, used);
        String[] texts = new String[paragraphs.size() + 1];
        texts[0] = base.title();
        for (int p = 0; p < paragraphs.size(); p++) {
            texts[p + 1] = paragraphs.get(p);
        }
        List<PlaceSwapper.Target> targets = places.targets();
        PlaceSwapper.Target main = random.nextDouble() < TO_DEFAULT_PROVINCE
                ? targets.stream().filter(t -> t.province().name().equals("Lào Cai")).findFirst().orElseThrow()
                : targets.get(random.nextInt(targets.size()));
        String commune = main.communes().get(random.nextInt(main.communes().size()));
        if (places.swap(texts, main, commune, random) == 0 && random.nextDouble() < DATELINE) {
            texts[1] = PlaceSwapper.dateline(main) + texts[1];
        }
        String title = random.nextDouble() < RUBRIC ? RUBRICS[random.nextInt(RUBRICS.length)] + texts[0] : texts[0];
        SourcePool.Outlet outlet = outlets.get(random.nextInt(outlets.size()));
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", "year-" + seed + "-" + i);
        n.put("title", title);
        n.put("text", String.join("\n", List.of(texts).subList(1, texts.length)));
        n.put("url", outlet.home() + "/" + slug(title) + "-" + seed + "-" + i + ".html");
        n.put("source", outlet.id());
        if (outlet.tier() != null) {
            n.put("tier", outlet.tier());
        }
        n.put("published", PublicationClock.at(time).toString());
        n.put("label", base.section());
        used.forEach(n.putArray("seeds")::add);
        return n;
    }

    /** The base's paragraphs, each after the first kept or replaced by one of another article of its section. */
    private List<String> recombine(SeedArticles.Seed base, SplittableRandom random, List<String> used) {
        List<String> out = new ArrayList<>(base.paragraphs().size());
        out.add(base.paragraphs().get(0));
        List<SeedArticles.Seed> section = seeds.section(base.section());
        for (int p = 1; p < base.paragraphs().size(); p++) {
            SeedArticles.Seed other = section.get(random.nextInt(section.size()));
            if (random.nextDouble() < KEEP_PARAGRAPH || other.paragraphs().size() < 2) {
                out.add(base.paragraphs().get(p));
            } else {
                out.add(other.paragraphs().get(1 + random.nextInt(other.paragraphs().size() - 1)));
                if (!used.contains(other.id())) {
                    used.add(other.id());
                }
            }
        }
        return out;
    }

    /** The URL words of a title, as Vietnamese sites write them: folded, lower case, hyphens, at most eight words. */
    static String slug(String title) {
        String folded = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String[] words = folded.split(" ");
        return String.join("-", java.util.Arrays.asList(words).subList(0, Math.min(8, words.length)));
    }
}
