package vn.tinradar.deploy.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a session cookie carries, signed with the key every instance shares, so that any instance can check it
 * without having seen the sign-in: the session's id, the person and role at sign-in, the expiry, and a digest of
 * the credential then in force (a changed password no longer matches). Encoded as {@code base64url(fields)} "."
 * {@code base64url(HMAC-SHA256)}.
 */
record SessionToken(String id, String name, String role, Instant expires, String credential) {

    private static final String VERSION = "1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** The cookie value for this session. */
    String sign(byte[] key) {
        String fields = String.join("\n", VERSION, id, name, role, String.valueOf(expires.getEpochSecond()),
                credential);
        byte[] bytes = fields.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(hmac(key, bytes));
    }

    /** The session a cookie names, if its signature is ours and it is well formed; expiry is not checked here. */
    static Optional<SessionToken> verify(String token, byte[] key) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] bytes;
        byte[] mac;
        try {
            bytes = Base64.getUrlDecoder().decode(token.substring(0, dot));
            mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac, hmac(key, bytes))) {
            return Optional.empty();
        }
        String[] f = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (f.length != 6 || !f[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionToken(f[1], f[2], f[3], Instant.ofEpochSecond(Long.parseLong(f[4])), f[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A value derived from {@code key} for one purpose, e.g. a session's anti-forgery token; the same everywhere. */
    static String derive(byte[] key, String purpose) {
        return B64.encodeToString(hmac(key, purpose.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
