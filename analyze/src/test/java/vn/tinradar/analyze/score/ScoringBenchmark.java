package vn.tinradar.analyze.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.tinradar.analyze.training.ArticleLines;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;

/**
 * Articles scored per second on one thread by the full {@link DefaultArticleScorer} (places, topics, sentiment,
 * suspicion) with the models it loads: the bundled ones, or those of a models directory.
 *
 * <p>Run (see docs/benchmarks.md for the whole command): {@code java -cp <analyze test classpath>
 * org.openjdk.jmh.Main ScoringBenchmark [-p models=DIR] [-p articles=FILE.jsonl]}. Each call scores the next
 * of 1,000 articles, so caches see a realistic spread of text; the score is articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ScoringBenchmark {

    static final int ARTICLES = 1_000;

    private static final String[] SENTENCES = {
        "Mưa lớn kéo dài từ đêm qua gây sạt lở nhiều điểm trên tuyến quốc lộ 279 qua xã Bảo Hà.",
        "Theo ông Nguyễn Văn Hùng, Chủ tịch UBND xã, lực lượng dân quân đã được huy động để thông tuyến.",
        "Người dân thị trấn Khánh Yên phản ánh giá đền bù giải phóng mặt bằng dự án đường nối cao tốc còn thấp.",
        "Sở Y tế khuyến cáo người dân chủ động tiêm vắc xin phòng bệnh sởi cho trẻ dưới 5 tuổi.",
        "Đoàn kiểm tra liên ngành phát hiện cơ sở kinh doanh thực phẩm không rõ nguồn gốc tại chợ Cốc Lếu.",
        "Lượng khách du lịch đến Sa Pa trong dịp nghỉ lễ tăng mạnh, doanh thu dịch vụ đạt kỷ lục.",
        "Hội đồng nhân dân tỉnh lấy ý kiến nhân dân về dự thảo nghị quyết hỗ trợ học sinh vùng khó khăn.",
        "Công an huyện Văn Bàn đã khởi tố vụ án, bắt tạm giam đối tượng vận chuyển trái phép chất ma túy.",
        "Giá phân bón tăng cao khiến nhiều hộ trồng chè ở Yên Bái cũ gặp khó khăn trong vụ mới.",
        "Dự án mở rộng cầu Cốc Lếu chậm tiến độ do vướng mặt bằng, nhà thầu đề nghị gia hạn hợp đồng.",
        "Ngành giáo dục tỉnh tổ chức tập huấn chương trình giáo dục phổ thông mới cho giáo viên vùng cao.",
        "Tuy nhiên, nhiều hộ dân vẫn chưa nhận được tiền hỗ trợ khắc phục hậu quả thiên tai năm trước.",
        "Trung tâm phục vụ hành chính công tiếp nhận hơn hai nghìn hồ sơ trực tuyến trong tháng.",
        "Tai nạn giao thông trên đèo Khau Phạ làm hai người bị thương, xe khách hư hỏng nặng.",
    };

    /** A models directory written by {@code train}, or "-" for the bundled models alone. */
    @Param("-")
    public String models;

    /** A JSON-lines file in the {@code score} input format whose first articles are scored, or "-" for synthetic ones. */
    @Param("-")
    public String articles;

    private ArticleScorer scorer;
    private List<Article> batch;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        scorer = DefaultArticleScorer.load(models.equals("-") ? null : Path.of(models));
        batch = articles.equals("-") ? syntheticArticles(ARTICLES, 2048, 42) : realArticles(Path.of(articles), ARTICLES);
        long bytes = batch.stream().mapToLong(a -> a.fullText().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("articles=%d mean_bytes=%d models=%s%n", batch.size(), bytes / batch.size(), models);
    }

    @Benchmark
    public ScoredArticle scoreOneArticle() {
        Article a = batch.get(next);
        next = next + 1 == batch.size() ? 0 : next + 1;
        return scorer.score(a);
    }

    /** Deterministic articles of about {@code bytes} UTF-8 bytes each, drawn from press-like sentences. */
    static List<Article> syntheticArticles(int n, int bytes, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            while (text.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            String title = SENTENCES[random.nextInt(SENTENCES.length)];
            out.add(Articles.article("baolaocai", SourceTier.PROVINCIAL_PRESS, title.substring(0, title.length() - 1),
                    text.toString().trim(), "Phóng viên " + i, OffsetDateTime.parse("2026-11-20T08:00:00+07:00"), false));
        }
        return out;
    }

    private static List<Article> realArticles(Path file, int n) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                out.add(ArticleLines.toArticle(Json.mapper().readTree(line)));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no article");
        }
        return out;
    }
}
