package vn.tinradar.deploy.web;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.deploy.web.signin.SignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes every new or updated alert to the browsers watching the live page (server-sent events). A stream opened
 * by a browser session ends when that session does (sign-out, expiry), and one user holds at most
 * {@value #MAX_PER_USER} streams at a time (a dashboard opens one per tab). Only a process whose alerts service feeds
 * it opens streams ({@link #follow}); elsewhere the route is forwarded to an instance that runs alerts.
 */
public final class AlertStream {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);
    static final int MAX_PER_USER = 5;

    /** One open stream: who watches, and the session it belongs to (null when signed in with HTTP Basic). */
    private record Watcher(String user, String session) {
    }

    private final Map<SseClient, Watcher> clients = new ConcurrentHashMap<>();
    private volatile Predicate<String> sessionOpen = session -> true;
    private volatile boolean fed;

    /** Publishes every alert {@code source} announces (the alerts service's listener hook), from now on. */
    public void follow(Consumer<Consumer<Alert>> source) {
        source.accept(this::publish);
        fed = true;
    }

    /** Whether alerts of this process reach the stream; a stream opened where none do would stay silent. */
    boolean fed() {
        return fed;
    }

    /** Where the stream learns whether a session still lasts; expired sessions' streams close on the next event. */
    public void sessionsFrom(Predicate<String> isOpen) {
        this.sessionOpen = Objects.requireNonNull(isOpen, "isOpen");
    }

    /** Refuses a new stream (429) when the signed-in user already holds the most allowed. */
    void admit(Context ctx) {
        String user = SignIn.principal(ctx).name();
        long open = clients.values().stream().filter(w -> w.user().equals(user)).count();
        if (open >= MAX_PER_USER) {
            throw new HttpErrors.TooManyRequests("Tài khoản " + user + " đã mở " + open
                    + " luồng cảnh báo trực tiếp; hãy đóng bớt thẻ trình duyệt.");
        }
    }

    void join(SseClient client) {
        Context ctx = client.ctx();
        Watcher watcher = new Watcher(SignIn.principal(ctx).name(), ctx.cookie(SignIn.SESSION_COOKIE));
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.put(client, watcher);
        client.sendComment("connected");
    }

    /** Ends every stream of a session that closed. */
    public void sessionClosed(String session) {
        clients.forEach((client, watcher) -> {
            if (session.equals(watcher.session())) {
                end(client, "session_closed");
            }
        });
    }

    public void publish(Alert alert) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(alert);
        } catch (Exception e) {
            LOG.warn("event=sse_serialize_failed alert={} error={}", alert.id(), e.toString());
            return;
        }
        clients.forEach((client, watcher) -> {
            if (watcher.session() != null && !sessionOpen.test(watcher.session())) {
                end(client, "session_expired");
                return;
            }
            try {
                client.sendEvent("alert", json);
            } catch (RuntimeException e) {
                clients.remove(client);
            }
        });
    }

    public int clientCount() {
        return clients.size();
    }

    private void end(SseClient client, String reason) {
        Watcher w = clients.remove(client);
        LOG.info("event=sse_closed user={} reason={}", w == null ? "" : w.user(), reason);
        try {
            client.close();
        } catch (RuntimeException e) {
            // the browser may have gone already; the stream is out of the list either way
        }
    }
}
