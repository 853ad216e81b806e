package vn.tinradar.ingest.recheck;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a re-checked article has been taken down, and how it shows, in Vietnamese for the alert:
 * HTTP 404 or 410; a redirect to the outlet's home page or to a section page (a path of at most one segment with
 * no article id in it); or a page whose text is replaced by a removal notice ("Bài viết không tồn tại", "đã bị
 * gỡ", "Nội dung không tồn tại"...). A notice counts only on a short page (under {@link #NOTICE_MAX_WORDS}
 * words), so an article that merely reports that another one was removed is not taken for a takedown.
 */
public final class Takedown {

    static final int NOTICE_MAX_WORDS = 120;
    /** What Telegram's embed page of a message shows once its channel deleted it. */
    private static final String TELEGRAM_DELETED = "post not found";
    private static final List<String> NOTICES = List.of("bài viết không tồn tại", "nội dung không tồn tại",
            "trang không tồn tại", "không tồn tại bài viết", "không tìm thấy bài viết", "không tìm thấy trang",
            "không tìm thấy nội dung",
            "bài viết đã bị gỡ", "bài viết đã bị xóa", "bài viết đã bị xoá", "nội dung đã bị gỡ", "đã bị gỡ bỏ",
            "bài viết đã được gỡ", "tin bài không tồn tại", "đường dẫn không tồn tại", "404 not found",
            "page not found", "trang bạn tìm kiếm không tồn tại", "bài viết này không còn",
            TELEGRAM_DELETED);
    private static final Pattern ARTICLE_ID = Pattern.compile("\\d{4,}|\\.html?$|\\.htm$");

    private Takedown() {
    }

    /** The reason when an HTTP status says the page is gone (404, 410). */
    public static Optional<String> byStatus(int status) {
        return status == 404 || status == 410 ? Optional.of("HTTP " + status) : Optional.empty();
    }

    /**
     * The reason when the article's address now ends somewhere else that is the home page or a section page.
     *
     * @param requested the article's address as watched
     * @param landed the address after redirects
     */
    public static Optional<String> byRedirect(String requested, String landed) {
        if (landed == null || requested == null || landed.equals(requested)) {
            return Optional.empty();
        }
        URI to;
        URI from;
        try {
            to = URI.create(landed);
            from = URI.create(requested);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = to.getPath() == null ? "" : to.getPath();
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (samePath(from, to)) {
            return Optional.empty();
        }
        if (trimmed.isEmpty() || trimmed.matches("(?i)(index|home|trang-chu)(\\.\\w+)?")) {
            return Optional.of("chuyển hướng về trang chủ " + hostAndPath(to));
        }
        if (!trimmed.contains("/") && !ARTICLE_ID.matcher(trimmed).find()) {
            return Optional.of("chuyển hướng về trang chuyên mục " + hostAndPath(to));
        }
        return Optional.empty();
    }

    /** The reason when the page's text is a removal notice rather than the article. */
    public static Optional<String> byNotice(String title, String text) {
        String all = fold((title == null ? "" : title) + "\n" + (text == null ? "" : text));
        if (WordDiff.tokens(all).size() > NOTICE_MAX_WORDS) {
            return Optional.empty();
        }
        for (String notice : NOTICES) {
            if (all.contains(notice)) {
                return Optional.of(notice.equals(TELEGRAM_DELETED) ? "kênh đã xóa tin (Telegram báo «Post not found»)"
                        : "nội dung thay bằng thông báo «" + notice + "»");
            }
        }
        return Optional.empty();
    }

    private static boolean samePath(URI a, URI b) {
        String pa = a.getPath() == null ? "" : a.getPath().replaceAll("/+$", "");
        String pb = b.getPath() == null ? "" : b.getPath().replaceAll("/+$", "");
        return pa.equals(pb) && !pb.isEmpty();
    }

    private static String hostAndPath(URI uri) {
        return (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPath() == null || uri.getPath().isEmpty() ? "/"
                : uri.getPath());
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
