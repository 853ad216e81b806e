package vn.tinradar.analyze.score.model;

import java.util.ArrayList;
import java.util.List;

/** Labelled student feedback small enough to train a linear model in milliseconds, shared by the model and trainer tests. */
public final class StudentFeedback {

    private StudentFeedback() {
    }

    public static List<LabeledText> examples() {
        String[] good = {"thầy giảng bài rất dễ hiểu", "cô nhiệt tình và vui tính", "bài giảng hay , sinh động",
            "giảng viên tận tâm với sinh viên", "slide đầy đủ , rõ ràng", "thầy hướng dẫn bài tập chu đáo"};
        String[] bad = {"thầy giảng bài không dễ hiểu", "cô không nhiệt tình", "bài giảng chưa hay , khó theo",
            "giảng viên hay đến lớp trễ", "phòng học nóng , máy chiếu mờ", "thầy dạy quá nhanh , không kịp ghi"};
        String[] plain = {"môn học có đồ án", "điểm danh"};
        List<LabeledText> out = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < good.length; i++) {
                out.add(new LabeledText("p" + round + i, null, good[i] + " " + round, null, "positive"));
                out.add(new LabeledText("n" + round + i, null, bad[i] + " " + round, null, "negative"));
            }
            for (int i = 0; i < plain.length; i++) {
                out.add(new LabeledText("u" + round + i, null, plain[i] + " " + round, null, "neutral"));
            }
        }
        return out;
    }
}
