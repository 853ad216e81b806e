package vn.tinradar.deploy.tip;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.tinradar.common.text.VietnameseText;

/**
 * A submitted tip checked before anything is fetched: a URL, a text or both, within bounds. A refusal is an
 * {@link IllegalArgumentException} (400) naming the field and the value, in Vietnamese, since staff read it.
 *
 * @param url the address, http or https with a host; null when none was given
 * @param text the pasted text in NFC, stripped; null when none was given
 */
record TipInput(String url, String text) {

    static final int MAX_TEXT_CHARS = 20_000;
    static final int MAX_URL_CHARS = 2_000;
    static final int MIN_TEXT_CHARS = 20;

    static TipInput check(TipForms.Submit form) {
        String url = blankToNull(form == null ? null : form.url());
        String text = blankToNull(form == null ? null : form.text());
        if (url == null && text == null) {
            throw new IllegalArgumentException("Tin báo trống: hãy dán một đường dẫn (url) hoặc một đoạn văn bản (text)");
        }
        if (url != null) {
            checkUrl(url);
        }
        if (text != null) {
            text = VietnameseText.nfc(text);
            if (text.length() > MAX_TEXT_CHARS) {
                throw new IllegalArgumentException("Trường 'text' dài " + text.length() + " ký tự, quá giới hạn "
                        + MAX_TEXT_CHARS + " ký tự: hãy dán phần chính của tin");
            }
            if (text.length() < MIN_TEXT_CHARS) {
                throw new IllegalArgumentException("Trường 'text' quá ngắn ('" + text + "'): cần ít nhất "
                        + MIN_TEXT_CHARS + " ký tự để phân tích");
            }
        }
        return new TipInput(url, text);
    }

    private static void checkUrl(String url) {
        if (url.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException("Trường 'url' dài " + url.length() + " ký tự, quá giới hạn "
                    + MAX_URL_CHARS + " ký tự");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Trường 'url' không phải một đường dẫn hợp lệ: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Trường 'url' phải bắt đầu bằng http:// hoặc https:// nhưng là '"
                    + url + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("Trường 'url' không có tên máy chủ: '" + url + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
