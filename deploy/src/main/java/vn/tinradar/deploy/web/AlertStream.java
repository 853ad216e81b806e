package vn.tinradar.deploy.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.kafka.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pushes every new or updated alert to the browsers watching the live page (server-sent events). */
public final class AlertStream {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    public void publish(Alert alert) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(alert);
        } catch (Exception e) {
            LOG.warn("event=sse_serialize_failed alert={} error={}", alert.id(), e.toString());
            return;
        }
        for (SseClient client : clients) {
            try {
                client.sendEvent("alert", json);
            } catch (RuntimeException e) {
                clients.remove(client);
            }
        }
    }

    public int clientCount() {
        return clients.size();
    }
}
