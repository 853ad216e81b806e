package vn.tinradar.analyze.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.tinradar.analyze.score.batch.ArticleLines;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;

/**
 * Measures scoring throughput on one thread: N synthetic ~2 KB Vietnamese press articles, scored after a
 * warm-up, printing articles per second. No JMH: a rough figure for capacity planning, not a micro-benchmark.
 *
 * <p>Run: {@code java -cp <analyze test classpath> vn.tinradar.analyze.score.ScoringThroughput [N] [modelsDir|-]
 * [articles.jsonl]}; with a JSON-lines file (the {@code score} input) its first N articles are scored instead
 * of synthetic ones, to compare with real text.
 */
public final class ScoringThroughput {

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

    private ScoringThroughput() {
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
        return out;
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        ArticleScorer scorer = DefaultArticleScorer.load(args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null);
        List<Article> articles = args.length > 2 ? realArticles(Path.of(args[2]), n) : syntheticArticles(n, 2048, 42);
        n = articles.size();
        long bytes = articles.stream().mapToLong(a -> a.fullText().getBytes(StandardCharsets.UTF_8).length).sum();
        long checksum = 0;
        for (Article a : articles.subList(0, Math.min(n, 1000))) {
            checksum += scorer.score(a).topics().size();
        }
        long start = System.nanoTime();
        for (Article a : articles) {
            checksum += scorer.score(a).places().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "scored=%d mean_bytes=%d seconds=%.2f articles_per_second=%.0f threads=1 checksum=%d%n",
                n, bytes / Math.max(1, n), seconds, n / seconds, checksum);
    }
}
