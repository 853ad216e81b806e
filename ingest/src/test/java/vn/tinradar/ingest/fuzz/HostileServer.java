package vn.tinradar.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback-only server that answers with raw bytes, so a route can misbehave below HTTP: garbage status
 * lines, endless headers, lying lengths, a byte every few hundred milliseconds, resets. Bounded: a fixed
 * pool of handler threads, and every route gives up when the client stops reading or after its own limit.
 */
final class HostileServer implements AutoCloseable {

    /** Writes one raw response to {@code out}. */
    @FunctionalInterface
    interface Responder {
        void respond(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    HostileServer() {
        try {
            server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "hostile-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    void route(String path, Responder responder) {
        routes.put(path, responder);
    }

    /** Drops a route, so a finished case's bodies can be collected. */
    void forget(String path) {
        routes.remove(path);
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                handlers.execute(() -> handle(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            socket.setSoTimeout(5_000);
            String path = requestPath(socket.getInputStream());
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Responder responder = routes.get(path);
            OutputStream out = socket.getOutputStream();
            if (responder == null) {
                out.write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } else {
                responder.respond(out);
            }
            out.flush();
        } catch (IOException e) {
            // the client gave up (size cap, deadline): expected for most hostile routes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The path of the request line; the rest of the request head is read and dropped. */
    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < 65_536) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String line = head.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        String[] parts = line.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        handlers.shutdownNow();
        try {
            handlers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
