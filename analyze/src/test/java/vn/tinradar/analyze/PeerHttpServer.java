package vn.tinradar.analyze;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import vn.tinradar.analyze.query.peer.PeerApi;
import vn.tinradar.analyze.query.peer.PeerPaths;
import vn.tinradar.analyze.query.peer.PeerSignature;

/**
 * The peer routes of one analyze instance on the JDK's HTTP server, for tests without the product's web server:
 * every request goes to {@link PeerApi#handle}, exactly as the web server hands it over.
 */
final class PeerHttpServer implements AutoCloseable {

    static {
        // Jetty (the product's server) answers with TCP_NODELAY; the JDK server does not by default, and Nagle's
        // delay against delayed ACKs would add ~40 ms to each peer call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    PeerHttpServer(Supplier<PeerApi> api) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PeerPaths.PREFIX, exchange -> {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            PeerApi.Response r = api.get().handle(new PeerApi.Request(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst(PeerSignature.TIME_HEADER),
                    exchange.getRequestHeaders().getFirst(PeerSignature.SIGNATURE_HEADER),
                    length == null ? -1 : Long.parseLong(length), () -> exchange.getRequestBody().readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                exchange.getResponseBody().write(r.body());
            }
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
