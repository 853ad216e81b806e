package vn.tinradar.analyze.query.peer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the requests analyze instances send each other: an HMAC-SHA256, keyed by the shared secret,
 * over the method, the path with its query, a timestamp and the body's hash. A signature is accepted within
 * {@link #WINDOW} of its timestamp and only once, so a captured request cannot be replayed and the secret never
 * travels. At most {@value #MAX_REMEMBERED} signatures are remembered; past that the oldest are forgotten first.
 */
public final class PeerSignature {

    public static final String TIME_HEADER = "X-TinRadar-Peer-Time";
    public static final String SIGNATURE_HEADER = "X-TinRadar-Peer-Signature";
    static final Duration WINDOW = Duration.ofSeconds(30);
    static final int MAX_REMEMBERED = 100_000;

    private final SecretKeySpec key;
    private final Clock clock;
    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** @param secret the shared secret; null or blank refuses every request */
    public PeerSignature(String secret, Clock clock) {
        this.key = secret == null || secret.isBlank() ? null
                : new SecretKeySpec(sha256(("tinradar-peer:" + secret).getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        this.clock = clock;
    }

    /**
     * The {@value #TIME_HEADER} value for a request sent now: milliseconds since 1970, a dash and a random nonce, so
     * two identical requests in the same millisecond still differ and neither is taken for a replay.
     */
    public String now() {
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        return clock.millis() + "-" + HexFormat.of().formatHex(nonce);
    }

    /** The {@value #SIGNATURE_HEADER} value; {@code pathAndQuery} as sent, raw (percent-encoded), with its '?'. */
    public String sign(String method, String pathAndQuery, String time, byte[] body) {
        if (key == null) {
            throw new IllegalStateException("no peer secret set: this instance cannot ask the others");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String canonical = method + "\n" + pathAndQuery + "\n" + time + "\n"
                    + HexFormat.of().formatHex(sha256(body == null ? new byte[0] : body));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** What is wrong with the headers alone, checked before the body is read; empty when they may be genuine. */
    public Optional<String> precheck(String time, String signature) {
        if (key == null) {
            return Optional.of("no peer secret is set on this instance");
        }
        if (time == null || signature == null) {
            return Optional.of("peer signature missing (" + TIME_HEADER + ", " + SIGNATURE_HEADER + ")");
        }
        long millis;
        try {
            int dash = time.indexOf('-');
            millis = Long.parseLong((dash < 0 ? time : time.substring(0, dash)).strip());
        } catch (NumberFormatException e) {
            return Optional.of(TIME_HEADER + " must be milliseconds since 1970 but was '" + time + "'");
        }
        Duration skew = Duration.ofMillis(Math.abs(clock.millis() - millis));
        if (skew.compareTo(WINDOW) > 0) {
            return Optional.of("peer request timestamp is " + skew.toSeconds() + " s away from this clock (at most "
                    + WINDOW.toSeconds() + " s)");
        }
        return Optional.empty();
    }

    /** What is wrong with a whole request; empty when it is genuine and seen for the first time. */
    public Optional<String> check(String method, String pathAndQuery, String time, String signature, byte[] body) {
        Optional<String> problem = precheck(time, signature);
        if (problem.isPresent()) {
            return problem;
        }
        byte[] expected = sign(method, pathAndQuery, time.strip(), body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("peer signature wrong (another secret, or the request was altered)");
        }
        synchronized (seen) {
            Instant now = clock.instant();
            // remembered in arrival order: forget from the oldest while they are past any window they could pass
            var oldest = seen.values().iterator();
            while (oldest.hasNext() && oldest.next().isBefore(now.minus(WINDOW.multipliedBy(2)))) {
                oldest.remove();
            }
            if (seen.putIfAbsent(signature.strip(), now) != null) {
                return Optional.of("peer request replayed (this signature was already used)");
            }
            if (seen.size() > MAX_REMEMBERED) {
                seen.remove(seen.keySet().iterator().next());
            }
        }
        return Optional.empty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
