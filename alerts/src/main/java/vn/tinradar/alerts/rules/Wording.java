package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.tinradar.common.text.VnTime;

/** Vietnamese phrasing shared by the rules: numbers with a decimal comma, times in Asia/Ho_Chi_Minh. */
final class Wording {

    static final Locale VI = Locale.forLanguageTag("vi-VN");

    static final String ACTION_PUBLIC_CONCERN = "Cung cấp thông tin chính thức: đề nghị cơ quan, địa phương liên quan "
            + "kiểm tra thực tế và công bố thông tin kịp thời trên Cổng thông tin và báo chí địa phương; "
            + "theo dõi phản ánh của người dân.";
    static final String ACTION_SUSPICIOUS = "Xác minh và phối hợp: đối chiếu với cơ quan chức năng, xác minh nguồn "
            + "gốc thông tin; nếu sai sự thật, phối hợp xử lý các trang đăng tải và đăng tin cải chính.";
    static final String ACTION_WATCH = "Theo dõi diễn biến, tổng hợp thông tin và báo cáo lãnh đạo Sở nếu tiếp tục "
            + "lan rộng.";

    private Wording() {
    }

    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        // scores in [0, 1] need two decimals to tell 0,82 from 0,78
        return String.format(VI, Math.abs(value) < 1 ? "%.2f" : "%.1f", value);
    }

    static String percent(double share) {
        return String.format(VI, "%.0f%%", share * 100);
    }

    static String time(Instant instant) {
        return VnTime.dateTime(instant);
    }

    /** Folded words separated by single spaces, punctuation dropped: the form text is matched in. */
    static String words(String s) {
        return vn.tinradar.alerts.text.Mentions.words(s);
    }

    /** "a, b, c và 2 nguồn khác" */
    static String names(List<String> names, int max) {
        List<String> distinct = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        if (distinct.size() <= max) {
            return String.join(", ", distinct);
        }
        return String.join(", ", distinct.subList(0, max)) + " và " + (distinct.size() - max) + " nguồn khác";
    }

    /**
     * "3 nguồn đưa tin: a, b, c" when the samples name every source the window counted, else "3 nguồn đưa tin, trong
     * đó: a, b": the count is the whole window's, the names only those of the sample articles the alert lists
     * (issue 11: e-mails said "3 nguồn đưa tin" and named two).
     */
    static String sources(int windowSources, List<String> sampleSources) {
        String counted = windowSources + " nguồn đưa tin";
        List<String> named = sampleSources.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        if (named.isEmpty()) {
            return counted;
        }
        return named.size() >= windowSources ? counted + ": " + names(named, NAMED_SOURCES)
                : counted + ", trong đó: " + String.join(", ", named.subList(0, Math.min(named.size(), NAMED_SOURCES)));
    }

    private static final int NAMED_SOURCES = 5;

    /**
     * Why an alert was resolved because its latest trend, re-checked once its articles' stories were known (or
     * merged), is now mostly about one story, whose alert carries on: {@code inStory} of the {@code samples} sample
     * articles are in the story headed {@code headline}.
     */
    static String regrouped(String headline, String storyId, int inStory, int samples) {
        return "Cùng một sự kiện: " + inStory + "/" + samples + " bài mẫu của cảnh báo này nay thuộc câu chuyện “"
                + headline + "” (mã " + storyId + "), vì các bài được xếp vào câu chuyện hoặc các câu chuyện được gộp "
                + "sau khi cảnh báo được tạo. Theo dõi tiếp ở cảnh báo của câu chuyện này.";
    }

    /** Why the alert of a story is over once another story absorbed it and has its own alert. */
    static String storyMerged(String headline, String storyId) {
        return "Câu chuyện của cảnh báo này đã được gộp vào câu chuyện “" + headline + "” (mã " + storyId
                + "), vì một bài mới cho thấy đó là cùng một sự kiện. Theo dõi tiếp ở cảnh báo của câu chuyện này.";
    }

    /** Why a later window of a group still speaks for the story the group joined: that story leads its samples. */
    static String joinedStory(String headline, String storyId, int inStory, int found) {
        return "Nhóm tin này đã được xác định thuộc câu chuyện “" + headline + "” (mã " + storyId
                + "); câu chuyện vẫn có nhiều bài mẫu nhất: " + inStory + "/" + found + " bài";
    }

    /** One story's part of a trend's samples: the story's earliest headline and how many samples it holds. */
    record StoryShare(String headline, int samples) {
    }

    /**
     * Why a place or topic trend joins an alert already raised: the stories holding its samples each have their own
     * alert, listed largest first; the first is the one it joins. {@code what} names the samples counted ("bài",
     * or "bài tiêu cực" for a negative surge).
     */
    static String coveredByStoryAlerts(List<StoryShare> shares, int found, String what) {
        StringBuilder b = new StringBuilder("Các bài mẫu thuộc những sự kiện đã có cảnh báo riêng: ");
        for (int i = 0; i < shares.size(); i++) {
            StoryShare s = shares.get(i);
            b.append(i == 0 ? "" : "; ").append(s.samples()).append('/').append(found).append(' ').append(what)
                    .append(" thuộc “")
                    .append(s.headline()).append('”');
        }
        return b.append(". Không cảnh báo riêng; gộp vào cảnh báo của sự kiện đầu tiên.").toString();
    }

    /** Why a trend alert is resolved once its samples are known: each is a different story. */
    static String unrelatedSamples(int found) {
        return "Các bài mẫu không cùng một sự việc: " + found + " bài thuộc " + found + " câu chuyện khác nhau, "
                + "chỉ tình cờ cùng chủ đề hoặc địa bàn trong một khung giờ. Không phải vấn đề dư luận.";
    }
}
