package vn.tinradar.common.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable identifiers: an article id from its canonical URL, a content hash from its text. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** 16 hex characters of SHA-256 over the canonical URL: short enough for URLs, collision-free in practice. */
    public static String fromCanonicalUrl(String canonicalUrl) {
        if (canonicalUrl == null || canonicalUrl.isBlank()) {
            throw new IllegalArgumentException("canonical URL must not be blank");
        }
        return sha256Hex(canonicalUrl).substring(0, 16);
    }

    /** Hash of the NFC text with whitespace folded, so re-rendered markup with the same words hashes the same. */
    public static String contentHash(String title, String text) {
        String joined = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        String folded = Normalizer.normalize(joined, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
        return sha256Hex(folded).substring(0, 32);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
