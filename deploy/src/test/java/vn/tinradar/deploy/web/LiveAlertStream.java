package vn.tinradar.deploy.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The dashboard's live alert feed as a browser's EventSource opens it: the lines of {@code /api/stream} as they come. */
final class LiveAlertStream implements AutoCloseable {

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private LiveAlertStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> response.body().forEach(lines::add), "live-alert-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream on the server at {@code base} with a signed-in session; returns once the headers came. */
    static LiveAlertStream open(URI base, DashboardBrowser.Session session) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> response = http.sendAsync(HttpRequest.newBuilder(base.resolve("/api/stream"))
                        .header("Cookie", session.cookie()).header("Accept", "text/event-stream")
                        .header("Sec-Fetch-Site", "same-origin").build(), HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        return new LiveAlertStream(response);
    }

    int status() {
        return response.statusCode();
    }

    /** The first line received that matches, waiting up to {@code patience}; fails naming what did come. */
    String await(Predicate<String> wanted, Duration patience, String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " on the live stream within " + patience + "; lines: " + lines);
    }

    @Override
    public void close() {
        response.body().close();
    }
}
