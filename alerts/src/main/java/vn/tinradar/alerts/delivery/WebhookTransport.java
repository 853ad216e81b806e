package vn.tinradar.alerts.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.kafka.Json;

/**
 * Posts an alert as JSON ({@code {"event": "alert.firing"|"alert.escalated", "alert": {...}}}) to a chat tool or
 * any HTTP endpoint. With a secret, {@code X-TinRadar-Signature: sha256=<hex HMAC-SHA256 of the body>} lets the
 * receiver check the sender; {@code X-TinRadar-Delivery} carries the delivery key so it can drop a repeat, and so
 * does {@code Idempotency-Key}, the name receivers that deduplicate generic POSTs already look for.
 */
public final class WebhookTransport {

    public static final String SIGNATURE_HEADER = "X-TinRadar-Signature";
    public static final String DELIVERY_HEADER = "X-TinRadar-Delivery";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final AlertsConfig.Webhook config;
    private final HttpClient client;

    public WebhookTransport(AlertsConfig.Webhook config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.timeoutMs())).build();
    }

    /** Throws IOException (naming the status) unless the endpoint answers 2xx. */
    public void send(Alert alert, boolean escalated, String deliveryKey) throws IOException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", escalated ? "alert.escalated" : "alert.firing");
        payload.put("alert", alert);
        byte[] body = Json.mapper().writeValueAsBytes(payload);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url()))
                .timeout(Duration.ofMillis(config.timeoutMs()))
                .header("Content-Type", "application/json; charset=utf-8")
                .header(DELIVERY_HEADER, deliveryKey)
                .header(IDEMPOTENCY_HEADER, deliveryKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.secret() != null && !config.secret().isEmpty()) {
            request.header(SIGNATURE_HEADER, "sha256=" + hmacSha256Hex(config.secret(), body));
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + config.url(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook " + config.url() + " answered HTTP " + response.statusCode());
        }
    }

    public static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
        }
    }
}
