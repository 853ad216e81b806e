package vn.tinradar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.kafka.Json;

/** Posts to a real local HTTP server standing in for a chat tool's incoming webhook. */
class WebhookTransportTest {

    private record Received(String signature, String delivery, String idempotencyKey, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 204;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookTransport.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookTransport.DELIVERY_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookTransport.IDEMPOTENCY_HEADER),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private WebhookTransport transport(String secret) {
        return new WebhookTransport(new AlertsConfig.Webhook("http://127.0.0.1:" + server.getAddress().getPort()
                + "/hook", secret, 2000, Severity.WARNING));
    }

    @Test
    void postsAlertAsJsonSignedWithHmacOfTheBody() throws Exception {
        transport("bi-mat-cua-so").send(Fixtures.alert("topic-burst-abc", Severity.URGENT, 2), false, "k1");

        assertThat(received).hasSize(1);
        Received r = received.get(0);
        assertThat(r.signature()).isEqualTo("sha256=" + WebhookTransport.hmacSha256Hex("bi-mat-cua-so", r.body()));
        assertThat(r.delivery()).isEqualTo("k1");
        JsonNode json = Json.mapper().readTree(r.body());
        assertThat(json.path("event").asText()).isEqualTo("alert.firing");
        assertThat(json.path("alert").path("title").asText()).contains("Xã Bảo Hà");
        assertThat(json.path("alert").path("severity").asText()).isEqualTo("urgent");
    }

    @Test
    void everyCallCarriesItsDeliveryKeyAsIdempotencyKeySoAReceiverCanDropARepeat() throws Exception {
        String key = "delivery|story-spread-dap-thuy-dien|webhook|urgent";
        transport("").send(Fixtures.alert("story-spread-dap-thuy-dien", Severity.URGENT, 1), false, key);
        transport("").send(Fixtures.alert("story-spread-dap-thuy-dien", Severity.URGENT, 2), false, key);

        assertThat(received).extracting(Received::idempotencyKey).containsExactly(key, key);
    }

    @Test
    void serverErrorIsReportedWithItsStatusSoTheSendIsRetried() {
        status = 503;
        assertThatThrownBy(() -> transport("").send(Fixtures.alert("a", Severity.URGENT, 1), false, "k2"))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
        assertThat(received.get(0).signature()).isNull();
    }
}
