package vn.tinradar.analyze.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import vn.tinradar.analyze.Fixtures;
import vn.tinradar.analyze.pipeline.index.ArticleFields;
import vn.tinradar.analyze.pipeline.index.VietnameseAnalyzer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;

/**
 * Checks {@link Snippets}' marks against Lucene's highlighter on real press text, and times both snippet makers.
 *
 * <p>For each article of a score-format file (plain or gzipped) and each staff query of the search bench whose words
 * it holds, the whole text is marked both ways and the two HTML strings compared; then the snippet of every such pair
 * is made by {@link Snippets} and by Lucene's highlighter with the fragmenter the product used before, several rounds,
 * and the CPU of each is printed. Not part of the suite: {@code java -cp <analyze test classpath>
 * vn.tinradar.analyze.query.search.SnippetsOnRealText FILE [ARTICLES] [ROUNDS]}.
 */
public final class SnippetsOnRealText {

    private static final String[] QUERIES = {"sat lo", "tai nạn giao thông", "giá xăng tăng", "\"học sinh\" -thi",
        "lũ quét OR sạt lở", "bóng đá Việt Nam", "bệnh viện quá tải", "chứng khoán", "dịch cúm gia cầm",
        "xuất khẩu gạo", "hà nội mưa lớn", "tham nhũng đất đai", "giáo viên hợp đồng", "du lịch sa pa",
        "cháy rừng", "giai phong mat bang"};

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-01-01T00:00:00+07:00");

    private SnippetsOnRealText() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> texts = read(file, limit);
        LuceneQueries queries = new LuceneQueries();
        Snippets snippets = new Snippets();
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
        int pairs = 0;
        int same = 0;
        List<String[]> differing = new ArrayList<>();
        List<Object[]> work = new ArrayList<>();
        for (String q : QUERIES) {
            Query highlight = queries.highlightQuery(StaffQuery.parse(q));
            List<Snippets.Phrase> phrases = Snippets.phrases(highlight);
            for (String text : texts) {
                String lucene = luceneWhole(folded, highlight, text);
                String ours = snippets.markedWhole(phrases, text);
                if (lucene == null && ours == null) {
                    continue;
                }
                pairs++;
                if (lucene != null && lucene.equals(ours)) {
                    same++;
                } else if (differing.size() < 5) {
                    differing.add(new String[] {q, lucene == null ? "(none)" : excerpt(lucene, ours),
                        ours == null ? "(none)" : excerpt(ours, lucene)});
                }
                work.add(new Object[] {highlight, text, Fixtures.article(
                        "https://example.vn/" + work.size(), "bench", SourceTier.NATIONAL_PRESS, "", text, AT)});
            }
        }
        System.out.printf("articles=%d query-article pairs with a match=%d same marks=%d differing=%d%n", texts.size(),
                pairs, same, pairs - same);
        differing.forEach(d -> System.out.printf("  differs q=%s%n    lucene: %s%n    ours:   %s%n", d[0], d[1], d[2]));
        var bean = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            long chars = 0;
            for (Object[] w : work) {
                chars += luceneSnippet(folded, (Query) w[0], (String) w[1]).length();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (Object[] w : work) {
                chars += snippets.snippet((Article) w[2], (Query) w[0]).length();
            }
            long t2 = bean.getCurrentThreadCpuTime();
            System.out.printf("round=%d snippets=%d lucene-highlighter-cpu-ms=%.1f (%.3f ms each) ours-cpu-ms=%.1f "
                            + "(%.3f ms each) chars=%d%n", r, work.size(), (t1 - t0) / 1e6, (t1 - t0) / 1e6 / work.size(),
                    (t2 - t1) / 1e6, (t2 - t1) / 1e6 / work.size(), chars);
        }
    }

    private static List<String> read(Path file, int limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && texts.size() < limit) {
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText("");
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The whole text marked by Lucene's highlighter, as the product's snippets were before. */
    private static String luceneWhole(Analyzer folded, Query highlight, String text) throws Exception {
        QueryScorer scorer = new QueryScorer(highlight, ArticleFields.TEXT_FOLDED);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        h.setTextFragmenter(new NullFragmenter());
        h.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        try (TokenStream tokens = folded.tokenStream(ArticleFields.TEXT_FOLDED, text)) {
            TextFragment[] f = h.getBestTextFragments(tokens, text, false, 1);
            return f.length == 0 || f[0] == null || f[0].getScore() <= 0 ? null : f[0].toString();
        }
    }

    /** A snippet the way the product made it before: Lucene's highlighter, span fragmenter, the two best fragments. */
    private static String luceneSnippet(Analyzer folded, Query highlight, String text) throws Exception {
        QueryScorer scorer = new QueryScorer(highlight, ArticleFields.TEXT_FOLDED);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, Snippets.FRAGMENT_CHARS));
        h.setMaxDocCharsToAnalyze(200_000);
        StringBuilder out = new StringBuilder();
        try (TokenStream tokens = folded.tokenStream(ArticleFields.TEXT_FOLDED, text)) {
            for (TextFragment f : h.getBestTextFragments(tokens, text, false, 2)) {
                if (f != null && f.getScore() > 0) {
                    out.append(f).append(' ');
                }
            }
        }
        return out.toString();
    }

    /** Around the first place where {@code a} and {@code b} differ. */
    private static String excerpt(String a, String b) {
        int i = 0;
        while (b != null && i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(Math.max(0, i - 60), Math.min(a.length(), i + 60)).replace('\n', ' ');
    }
}
