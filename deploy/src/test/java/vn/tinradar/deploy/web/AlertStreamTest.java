package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13: the live stream stayed open after sign-out and kept delivering; 200 streams per session were accepted. */
class AlertStreamTest {

    private final WebFixture web = new WebFixture();
    private final List<InputStream> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (InputStream in : open) {
            in.close();
        }
        web.close();
    }

    private HttpResponse<InputStream> stream(WebFixture.Session session) throws Exception {
        // as a browser's EventSource asks for it
        HttpResponse<InputStream> r = web.open(web.asDashboard(session, "GET", "/api/stream")
                .header("Accept", "text/event-stream"));
        open.add(r.body());
        return r;
    }

    @Test
    void streamEndsWhenItsSessionSignsOut() throws Exception {
        WebFixture.Session staff = web.signIn(WebFixture.STAFF);
        HttpResponse<InputStream> live = stream(staff);
        assertThat(live.statusCode()).isEqualTo(200);
        BufferedReader lines = new BufferedReader(new InputStreamReader(live.body(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo(": connected");

        assertThat(web.send(web.asDashboard(staff, "POST", "/logout")).statusCode()).isEqualTo(302);

        CompletableFuture<Boolean> ended = CompletableFuture.supplyAsync(() -> {
            try {
                while (lines.readLine() != null) {
                    // keep-alive comments until the server hangs up
                }
                return true;
            } catch (java.io.IOException e) {
                return true;
            }
        });
        assertThat(ended.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(web.alertStream.clientCount()).isZero();
    }

    @Test
    void oneUserMayHoldAtMostFiveStreams() throws Exception {
        WebFixture.Session viewer = web.signIn(WebFixture.VIEWER);
        for (int i = 0; i < AlertStream.MAX_PER_USER; i++) {
            assertThat(stream(viewer).statusCode()).isEqualTo(200);
        }
        waitForClients(AlertStream.MAX_PER_USER);

        assertThat(stream(viewer).statusCode()).isEqualTo(429);
        assertThat(stream(web.signIn(WebFixture.STAFF)).statusCode()).isEqualTo(200);
    }

    private void waitForClients(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (web.alertStream.clientCount() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(web.alertStream.clientCount()).isEqualTo(n);
    }
}
