package vn.tinradar.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import vn.tinradar.common.kafka.Json;

/**
 * The dashboard's live alerts as a browser reads them: one server-sent-events stream ({@code /api/stream}) opened
 * with HTTP Basic, each {@code alert} event noted with the moment its data line arrived here.
 */
final class LiveAlerts implements AutoCloseable {

    /** One alert event as it arrived: the alert's id, rule, revision and the addresses of the articles it names. */
    record Arrival(Instant at, String id, String rule, int revision, List<String> articleUrls) {
    }

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Thread reader;

    LiveAlerts(String base, String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("live stream refused: HTTP " + response.statusCode());
        }
        reader = new Thread(() -> response.body().forEach(this::line), "live-alerts");
        reader.setDaemon(true);
        reader.start();
    }

    private void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        Instant at = Instant.now();
        try {
            JsonNode alert = Json.mapper().readTree(line.substring("data:".length()).trim());
            List<String> urls = new ArrayList<>();
            alert.path("articles").forEach(a -> urls.add(a.path("url").asText()));
            arrivals.add(new Arrival(at, alert.path("id").asText(), alert.path("rule").asText(),
                    alert.path("revision").asInt(), urls));
        } catch (IOException e) {
            System.out.println("event=live_alert_unreadable error=" + e.getMessage());
        }
    }

    /** The first event after {@code since} naming an article whose address contains {@code urlPart}, if any. */
    Arrival firstNaming(String urlPart, Instant since) {
        for (Arrival a : arrivals) {
            if (!a.at().isBefore(since) && a.articleUrls().stream().anyMatch(u -> u.contains(urlPart))) {
                return a;
            }
        }
        return null;
    }

    int count() {
        return arrivals.size();
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
