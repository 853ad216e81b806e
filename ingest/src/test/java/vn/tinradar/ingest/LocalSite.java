package vn.tinradar.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A small fake news site on 127.0.0.1: each path answers with its own handler; every request is recorded. */
public final class LocalSite implements AutoCloseable {

    /** Answers one request. */
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            Route route = routes.get(path);
            try {
                if (route == null) {
                    send(exchange, 404, "text/plain", "không tìm thấy".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public LocalSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Serves fixed bytes with a content type. */
    public LocalSite serve(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    public LocalSite serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a test resource (e.g. {@code feeds/baolaocai-rss2.xml}). */
    public LocalSite serveResource(String path, String contentType, String resource) {
        return serve(path, contentType, resource(resource));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public long count(String pathPrefix) {
        return requests.stream().filter(r -> r.substring(r.indexOf(' ') + 1).startsWith(pathPrefix)).count();
    }

    public List<String> requests() {
        return requests;
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = LocalSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
