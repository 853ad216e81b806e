package vn.tinradar.deploy.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one injected burst: a new event (a public-concern topic in a commune of Lào Cai) reported by
 * every local newspaper at once, each in its own words, so the near-duplicate step keeps them all and the
 * topic-place trend crosses the burst floor. Burst {@code n} takes its own topic and commune pair (25 pairs), so no
 * two bursts of a run share a trend key. The wording is the project's own (optimistic input, see docs/benchmarks.md).
 */
final class BurstArticles {

    /** Unshared names of Lào Cai communes in the gazetteer (no ordinary-word or other-province clash). */
    private static final List<String> COMMUNES = List.of("Bát Xát", "Trịnh Tường", "Mường Hum", "Pha Long",
            "Si Ma Cai");

    /** One event per public-concern topic: headlines (one per outlet) and the body's facts, %s the commune. */
    private record Event(String topic, List<String> headlines, List<String> facts) {
    }

    private static final List<Event> EVENTS = List.of(
            new Event("thien-tai", List.of(
                    "Sạt lở đất vùi lấp nhà dân ở xã %s",
                    "Xã %s: mưa lớn gây sạt lở, một gia đình phải sơ tán khẩn cấp",
                    "Lũ quét và sạt lở taluy chia cắt đường vào xã %s",
                    "Khắc phục hậu quả sạt lở đất tại xã %s",
                    "Sạt lở nghiêm trọng, xã %s di dời 12 hộ dân",
                    "Mưa lũ gây sạt lở ở xã %s, nhiều tuyến đường bị vùi lấp"),
                    List.of("Mưa lớn kéo dài từ đêm qua khiến đất đá trên taluy dương đổ xuống, vùi lấp một phần nhà dân"
                                    + " tại thôn trung tâm xã %s.",
                            "Chính quyền xã %s đã huy động dân quân, công an xã cùng người dân khẩn trương di dời tài sản"
                                    + " và sơ tán các hộ ở khu vực nguy hiểm.",
                            "Ban Chỉ huy phòng chống thiên tai tỉnh Lào Cai yêu cầu cắm biển cảnh báo, không để người"
                                    + " dân quay lại khu vực sạt lở.")),
            new Event("moi-truong", List.of(
                    "Cá chết hàng loạt trên suối chảy qua xã %s",
                    "Xã %s: người dân phản ánh nước suối đổi màu, cá chết trắng",
                    "Nghi xả thải gây ô nhiễm nguồn nước ở xã %s",
                    "Kiểm tra cơ sở nghi xả thải trái phép tại xã %s",
                    "Nước thải đổ ra suối, người dân xã %s lo lắng",
                    "Ô nhiễm nguồn nước sinh hoạt tại xã %s"),
                    List.of("Từ sáng sớm, người dân xã %s phát hiện cá chết nổi trắng một đoạn suối dài gần hai cây số.",
                            "Nhiều hộ cho biết nước thải có mùi hôi đổ ra suối từ một cơ sở chế biến ở đầu nguồn, nghi"
                                    + " xả thải chưa qua xử lý.",
                            "Sở Nông nghiệp và Môi trường tỉnh Lào Cai đã lấy mẫu nước để xác định nguyên nhân ô nhiễm.")),
            new Event("giao-thong", List.of(
                    "Tai nạn giao thông nghiêm trọng trên quốc lộ qua xã %s",
                    "Xe khách va chạm xe tải tại xã %s, nhiều người bị thương",
                    "Xã %s: ùn tắc kéo dài sau vụ tai nạn giao thông",
                    "Điều tra vụ tai nạn giao thông làm 2 người tử vong ở xã %s",
                    "Va chạm giữa xe khách và xe tải trên địa bàn xã %s",
                    "Hiện trường vụ tai nạn giao thông tại xã %s"),
                    List.of("Khoảng 5 giờ sáng nay, trên quốc lộ đoạn qua xã %s, một xe khách đã va chạm mạnh với xe"
                                    + " tải chở vật liệu đi ngược chiều.",
                            "Vụ tai nạn giao thông khiến 2 người tử vong tại chỗ, nhiều hành khách bị thương được đưa"
                                    + " đi cấp cứu; tuyến đường ùn tắc nhiều giờ.",
                            "Công an tỉnh Lào Cai đã có mặt khám nghiệm hiện trường, điều tra nguyên nhân.")),
            new Event("y-te", List.of(
                    "Bùng phát dịch sốt xuất huyết ở xã %s",
                    "Xã %s ghi nhận hàng chục ca sốt xuất huyết",
                    "Trạm y tế xã %s quá tải vì dịch bệnh",
                    "Khẩn trương dập dịch sốt xuất huyết tại xã %s",
                    "Dịch bệnh lan nhanh, xã %s phun hóa chất diệt muỗi",
                    "Sốt xuất huyết tăng mạnh ở xã %s"),
                    List.of("Trong một tuần, trạm y tế xã %s tiếp nhận 37 ca sốt xuất huyết, phần lớn là học sinh.",
                            "Bệnh viện đa khoa khu vực đã cử đội cơ động hỗ trợ xã %s khoanh vùng ổ dịch bệnh.",
                            "Sở Y tế tỉnh Lào Cai đề nghị người dân diệt lăng quăng, ngủ màn và đi khám khi sốt cao.")),
            new Event("an-toan-thuc-pham", List.of(
                    "Hàng chục người ngộ độc thực phẩm sau đám cưới ở xã %s",
                    "Xã %s: 40 người nhập viện nghi ngộ độc thực phẩm",
                    "Điều tra vụ ngộ độc thực phẩm tập thể tại xã %s",
                    "Ngộ độc thực phẩm sau bữa cỗ, xã %s đưa người đi cấp cứu",
                    "Vụ ngộ độc thực phẩm ở xã %s: lấy mẫu thức ăn xét nghiệm",
                    "Cấp cứu các nạn nhân ngộ độc thực phẩm tại xã %s"),
                    List.of("Sau bữa cỗ cưới tối qua ở thôn trung tâm xã %s, hơn 40 người có biểu hiện đau bụng, nôn,"
                                    + " tiêu chảy.",
                            "Các nạn nhân ngộ độc thực phẩm được đưa tới trạm y tế và bệnh viện tuyến huyện cấp cứu.",
                            "Đoàn kiểm tra vệ sinh an toàn thực phẩm của tỉnh Lào Cai đã niêm phong thức ăn còn lại.")));

    private BurstArticles() {
    }

    /** How many bursts have a topic and commune of their own. */
    static int distinctBursts() {
        return EVENTS.size() * COMMUNES.size();
    }

    /** The topic id of burst {@code n}, for the report. */
    static String topic(int n) {
        return EVENTS.get(n % EVENTS.size()).topic();
    }

    /** The commune of burst {@code n}: it moves on every round of topics, so neighbours differ in both. */
    static String commune(int n) {
        return COMMUNES.get((n + n / EVENTS.size()) % COMMUNES.size());
    }

    /** Burst {@code n}'s article for each of {@code outlets} outlets (at most six), all published at {@code now}. */
    static List<PressSite.Item> burst(int n, int outlets, Instant now) {
        if (n < 0 || n >= distinctBursts()) {
            throw new IllegalArgumentException("burst must be in 0.." + (distinctBursts() - 1) + " but was " + n);
        }
        Event event = EVENTS.get(n % EVENTS.size());
        String commune = commune(n);
        List<PressSite.Item> out = new ArrayList<>();
        for (int o = 0; o < Math.min(outlets, event.headlines().size()); o++) {
            String title = event.headlines().get(o).formatted(commune);
            List<String> facts = new ArrayList<>();
            for (int f = 0; f < event.facts().size(); f++) {
                // each outlet tells the facts in its own order, with its own closing line
                facts.add(event.facts().get((f + o) % event.facts().size()).formatted(commune));
            }
            facts.add("Phóng viên sẽ tiếp tục cập nhật thông tin về sự việc tại xã " + commune + " (bản tin số " + (o + 1)
                    + ").");
            out.add(new PressSite.Item("dot-" + n + "-bao-" + o, title, facts.get(0), facts.subList(1, facts.size()),
                    now));
        }
        return out;
    }
}
