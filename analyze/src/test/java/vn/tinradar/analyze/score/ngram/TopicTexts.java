package vn.tinradar.analyze.score.ngram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.model.LabeledText;

/** Short provincial news of two sections, disasters and sport, that the n-gram model tests train on. */
final class TopicTexts {

    static final String DISASTER = "thien-tai";
    static final String SPORT = "the-thao";

    private static final String[] DISASTER_TEXTS = {
        "Mưa lớn kéo dài gây sạt lở đất tại xã Mường Hum, nhiều hộ dân phải di dời khẩn cấp.",
        "Lũ quét cuốn trôi cầu tạm ở thôn Làng Giàng, chính quyền xã cấm người qua lại.",
        "Sạt lở taluy dương vùi lấp quốc lộ 4D, lực lượng chức năng khẩn trương thông tuyến.",
        "Mưa đá làm tốc mái hàng chục ngôi nhà ở huyện Bắc Hà, thiệt hại hoa màu.",
        "Nước sông Hồng dâng cao, các xã ven sông chủ động sơ tán người và tài sản.",
        "Ban chỉ huy phòng chống thiên tai tỉnh yêu cầu theo dõi chặt chẽ nguy cơ sạt lở.",
    };
    private static final String[] SPORT_TEXTS = {
        "Đội bóng đá tỉnh thắng 2-0 trên sân nhà ở giải hạng Nhì quốc gia.",
        "Giải việt dã truyền thống thu hút hơn 500 vận động viên tham gia tranh tài.",
        "Huấn luyện viên công bố danh sách cầu thủ dự giải bóng đá thanh niên.",
        "Vận động viên Lào Cai giành huy chương vàng môn đẩy gậy tại đại hội thể thao.",
        "Trận chung kết bóng chuyền nữ diễn ra kịch tính tại nhà thi đấu tỉnh.",
        "Cầu thủ trẻ ghi bàn phút cuối giúp đội nhà vào chung kết giải bóng đá.",
    };

    private TopicTexts() {
    }

    static List<LabeledText> corpus() {
        List<LabeledText> all = new ArrayList<>();
        for (int i = 0; i < DISASTER_TEXTS.length; i++) {
            all.add(new LabeledText("d" + i, "", DISASTER_TEXTS[i], Map.of(), DISASTER));
            all.add(new LabeledText("s" + i, "", SPORT_TEXTS[i], Map.of(), SPORT));
        }
        return all;
    }
}
