package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.DiffSpan;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;

/**
 * Rule {@code article-changed}: a watched article was edited after publication or taken down, as ingest's
 * re-checks report it on {@code ingest.article-changes}. One alert per article: a takedown after an edit grows the
 * same alert. The word diffs travel as signals {@code title-diff} and {@code body-diff} whose evidence marks taken
 * out words {@code [-so-]} and put in words <code>{+so+}</code>, which the dashboard shows struck through and
 * underlined.
 */
public final class ArticleChangeRule {

    public static final String NAME = "article-changed";
    private static final String ACTION_EDITED = "Đối chiếu bản cũ và bản mới: nếu bài sửa để đính chính thông tin "
            + "sai, ghi nhận như một phản hồi; nếu sửa để né tránh trách nhiệm, lưu bằng chứng bản cũ.";
    private static final String ACTION_REMOVED = "Lưu lại bằng chứng bài đã gỡ (ảnh chụp, bản lưu của TinRadar) và "
            + "xác minh với cơ quan chủ quản trang tin lý do gỡ bài.";

    /** The alert for one change; none for a record without article or kind. */
    public Optional<Finding> evaluate(ArticleChange change) {
        if (change == null || change.articleId() == null || change.kind() == null) {
            return Optional.empty();
        }
        boolean removed = ArticleChange.REMOVED.equals(change.kind());
        if (!removed && !ArticleChange.EDITED.equals(change.kind())) {
            return Optional.empty();
        }
        String name = change.titleBefore() == null || change.titleBefore().isBlank() ? change.url()
                : change.titleBefore();
        String source = change.source() == null || change.source().isBlank() ? "" : " (" + change.source() + ")";
        String title = (removed ? "Bài đã bị gỡ: " : "Bài đã bị sửa sau khi đăng: ") + change.reason() + " — «"
                + name + "»";
        String summary = removed
                ? "Bài «" + name + "»" + source + " không còn: " + change.reason() + ", phát hiện lúc "
                        + Wording.time(change.detectedAt()) + "."
                : "Bài «" + name + "»" + source + " đã bị sửa " + change.reason() + " sau khi đăng, phát hiện lúc "
                        + Wording.time(change.detectedAt()) + (change.titleAfter() != null
                        && !change.titleAfter().equals(change.titleBefore()) ? "; tiêu đề mới: «"
                        + change.titleAfter() + "»" : "") + ".";
        ArticleRef article = new ArticleRef(change.articleId(), name, change.url(),
                change.source(), null, null);
        return Optional.of(new Finding(NAME, NAME + "|" + change.articleId(), Severity.WARNING, title, summary,
                removed ? ACTION_REMOVED : ACTION_EDITED, signals(change, removed), List.of(article), null, null,
                null, change.detectedAt(), change.detectedAt()));
    }

    private static List<Signal> signals(ArticleChange c, boolean removed) {
        List<Signal> out = new ArrayList<>();
        if (removed) {
            out.add(new Signal("removed", 1, "Bài đã bị gỡ: " + c.reason()));
        }
        if (!c.titleDiff().isEmpty()) {
            out.add(new Signal("title-diff", 1, marked(c.titleDiff())));
        }
        if (!c.bodyDiff().isEmpty()) {
            out.add(new Signal("body-diff", 1, marked(c.bodyDiff())));
        }
        out.add(new Signal("rechecked", c.revision(), "Phiên bản " + c.revision() + ", kiểm tra lại lúc "
                + Wording.time(c.detectedAt()) + (c.previousCheck() == null ? ""
                : "; lần kiểm tra trước: " + Wording.time(c.previousCheck()))));
        return out;
    }

    /** The diff as one line: {@code [-taken out-]} and <code>{+put in+}</code> around the changed words. */
    static String marked(List<DiffSpan> spans) {
        StringBuilder sb = new StringBuilder();
        for (DiffSpan s : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            switch (s.op()) {
                case DiffSpan.DELETED -> sb.append("[-").append(s.text()).append("-]");
                case DiffSpan.INSERTED -> sb.append("{+").append(s.text()).append("+}");
                default -> sb.append(s.text());
            }
        }
        return sb.toString();
    }
}
