package vn.tinradar.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.text.ContentDecoder;

/**
 * Measures the extractor on real captured pages (not committed; {@code realpages/recreate.sh} rebuilds the folder
 * from the public repositories listed in {@code realpages/manifest.tsv}): title and date exactness, whether the
 * body opens with the lead, and body precision/recall over word tokens against a reference body read with the
 * manifest's selectors (the lead element, then the container's paragraphs outside figures and tables).
 * Run: {@code java ... RealPagesQuality PAGES_DIR [MANIFEST]}, or the test with {@code TINRADAR_REALPAGES=DIR}.
 */
final class RealPagesQuality {

    /** One manifest line: what a reader of the page sees, labelled by hand. */
    record Page(String id, String split, String site, String url, String title, OffsetDateTime published,
                String leadPrefix, String leadSelector, String bodySelector) {
    }

    /** What the extractor made of one page against its labels; {@code dateExact} is null when the page shows no date. */
    record Result(Page page, boolean titleExact, Boolean dateExact, boolean leadPresent, double precision,
                  double recall, ExtractedPage got) {
    }

    private static final int COLUMNS = 13;

    /** The parts of the set: what tuning may look at, and the held-out parts frozen before each round of tuning. */
    static final List<String> SPLITS = List.of("dev", "held-out", "held-out-2", "held-out-3");

    private RealPagesQuality() {
    }

    static List<Page> manifest(List<String> lines, String name) {
        List<Page> pages = new ArrayList<>();
        boolean header = true;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS) {
                throw new IllegalArgumentException(name + " line " + n + ": expected " + COLUMNS + " tab-separated columns but got " + f.length);
            }
            OffsetDateTime published;
            try {
                published = f[9].equals("-") ? null : OffsetDateTime.parse(f[9]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " line " + n + ": published must be ISO-8601 with offset or '-' but was '" + f[9] + "'");
            }
            pages.add(new Page(f[0], f[1], f[2], f[7], f[8], published, f[10], f[11], f[12]));
        }
        return pages;
    }

    static List<Page> manifest(Path tsv) {
        try {
            return manifest(Files.readAllLines(tsv, StandardCharsets.UTF_8), tsv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(Path dir, Page page) {
        return dir.resolve(page.id() + ".html");
    }

    static Result measure(Path dir, Page page) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(dir, page));
        } catch (IOException e) {
            throw new UncheckedIOException("page " + page.id() + " missing from " + dir, e);
        }
        String html = ContentDecoder.decode(bytes, null).text();
        ExtractedPage got = ArticleExtractor.extract(html, page.url(), Selectors.NONE);
        List<String> gold = ExtractionQuality.tokens(referenceBody(html, page));
        List<String> mine = ExtractionQuality.tokens(got.text() == null ? "" : got.text());
        int shared = ExtractionQuality.overlap(gold, mine);
        Boolean dateExact = page.published() == null ? null : got.published() != null
                && got.published().truncatedTo(ChronoUnit.MINUTES).toInstant().equals(page.published().toInstant());
        return new Result(page, normal(page.title()).equals(normal(got.title())), dateExact,
                got.text() != null && normal(got.text()).startsWith(normal(page.leadPrefix())),
                mine.isEmpty() ? 0 : (double) shared / mine.size(), gold.isEmpty() ? 0 : (double) shared / gold.size(), got);
    }

    /**
     * The lead element's text, then the paragraphs of the body container that are not inside figures or tables of
     * that container. A lead selector of "-" says the page has no lead element apart from the body (forum posts,
     * blogs): the body's opening is its lead. A body selector "CONTAINER|PARAGRAPHS" names what counts as a paragraph
     * where a CMS writes its text in {@code div}s or a forum post in one {@code blockquote}; without it, {@code p}.
     */
    static String referenceBody(String html, Page page) {
        Document doc = Jsoup.parse(html, page.url());
        StringBuilder sb = new StringBuilder();
        Element lead = page.leadSelector().equals("-") ? null : doc.selectFirst(page.leadSelector());
        if (lead != null) {
            sb.append(lead.text()).append('\n');
        }
        String[] container = page.bodySelector().split("\\|", 2);
        Element body = doc.selectFirst(container[0]);
        if (body == null) {
            throw new IllegalStateException(page.id() + ": body selector '" + container[0] + "' matches nothing");
        }
        for (Element p : body.select(container.length > 1 ? container[1] : "p")) {
            if (!insideFigure(p, body) && !p.text().isBlank() && (lead == null || !p.equals(lead))) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    // old pages lay the whole page out in a <table>, so only figures and tables inside the body container count
    private static boolean insideFigure(Element p, Element body) {
        for (Element e = p; e != null && e != body; e = e.parent()) {
            if (e.normalName().matches("figure|figcaption|table")) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }

    /** One line per page, then the totals of each split and of all pages. */
    static String report(List<Result> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-46s %-10s %-5s %-5s %-5s %-9s %-6s%n",
                "page", "split", "title", "date", "lead", "precision", "recall"));
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "%-46s %-10s %-5s %-5s %-5s %-9.3f %-6.3f%n", r.page().id(),
                    r.page().split(), r.titleExact(), r.dateExact() == null ? "n/a" : r.dateExact(), r.leadPresent(),
                    r.precision(), r.recall()));
            if (!r.titleExact()) {
                sb.append("    title got: ").append(r.got().title()).append('\n');
            }
            if (Boolean.FALSE.equals(r.dateExact())) {
                sb.append("    date got: ").append(r.got().published()).append(" (").append(r.got().dateSource()).append(")\n");
            }
            if (!r.leadPresent()) {
                String t = r.got().text() == null ? "" : r.got().text();
                sb.append("    body opens: ").append(t, 0, Math.min(80, t.length())).append('\n');
            }
        }
        for (String split : SPLITS) {
            sb.append(totals(split, results.stream().filter(r -> r.page().split().equals(split)).toList()));
        }
        // each held-out part is reported alone and with the others
        sb.append(totals("all held-out parts", results.stream().filter(r -> r.page().split().startsWith("held-out")).toList()));
        sb.append(totals("all", results));
        return sb.toString();
    }

    static String totals(String split, List<Result> part) {
        long dated = part.stream().filter(r -> r.dateExact() != null).count();
        return String.format(Locale.ROOT, "%s: %d pages, %d sites; titles exact %d/%d, dates exact %d/%d, lead first %d/%d, "
                        + "mean precision %.3f, mean recall %.3f%n", split, part.size(),
                part.stream().map(r -> r.page().site()).distinct().count(),
                part.stream().filter(Result::titleExact).count(), part.size(),
                part.stream().filter(r -> Boolean.TRUE.equals(r.dateExact())).count(), dated,
                part.stream().filter(Result::leadPresent).count(), part.size(),
                part.stream().mapToDouble(Result::precision).average().orElse(0),
                part.stream().mapToDouble(Result::recall).average().orElse(0));
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: RealPagesQuality PAGES_DIR [MANIFEST_TSV]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path tsv = Path.of(args.length > 1 ? args[1] : "ingest/src/test/resources/realpages/manifest.tsv");
        System.out.print(report(manifest(tsv).stream().map(p -> measure(dir, p)).toList()));
    }
}
