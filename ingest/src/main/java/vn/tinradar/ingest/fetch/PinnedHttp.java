package vn.tinradar.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a connection opened to an address chosen beforehand by {@link AddressGuard}: the
 * JDK HttpClient resolves names itself, which would let a second DNS answer replace the checked address.
 * TLS still verifies the certificate against the host name (SNI and endpoint identification). The whole
 * exchange has one deadline, checked before every read, so a server dripping a byte at a time cannot hold
 * the thread longer; the body is capped while it is read.
 */
final class PinnedHttp {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;

    /** A response: status, headers by lower-case name, and the raw (still encoded) body. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private final int connectTimeoutMs;
    private final SSLSocketFactory tls;

    PinnedHttp(int connectTimeoutMs, SSLSocketFactory tls) {
        this.connectTimeoutMs = connectTimeoutMs;
        this.tls = tls;
    }

    /**
     * GETs {@code uri} from {@code address}; throws {@link HttpTimeoutException} when {@code deadlineNanos}
     * (a {@link System#nanoTime()} value) passes, {@link BodyTooLarge} past {@code maxBytes}.
     */
    Answer get(URI uri, InetAddress address, Map<String, String> headers, long maxBytes, long deadlineNanos)
            throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = bare(uri.getHost());
        try (Socket plain = new Socket()) {
            int connectMs = (int) Math.max(1, Math.min(connectTimeoutMs, remainingMs(deadlineNanos)));
            try {
                plain.connect(new InetSocketAddress(address, port), connectMs);
            } catch (SocketTimeoutException e) {
                throw new HttpTimeoutException("connect to " + address.getHostAddress() + ":" + port
                        + " timed out after " + connectMs + " ms");
            }
            Socket socket = https ? secure(plain, host, port, deadlineNanos) : plain;
            OutputStream out = socket.getOutputStream();
            out.write(request(uri, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInput(socket, deadlineNanos), 8192);
            return read(in, maxBytes);
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("no complete response before the deadline");
        }
    }

    private Socket secure(Socket plain, String host, int port, long deadlineNanos) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.contains(":") && !host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(params);
        ssl.setSoTimeout((int) Math.max(1, remainingMs(deadlineNanos)));
        ssl.startHandshake();
        return ssl;
    }

    private static String request(URI uri, Map<String, String> headers) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        StringBuilder sb = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(at >= 0 ? authority.substring(at + 1) : authority).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> sb.append(name).append(": ").append(value).append("\r\n"));
        return sb.append("\r\n").toString();
    }

    private static Answer read(InputStream in, long maxBytes) throws IOException {
        while (true) {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP response: '" + abbreviate(statusLine) + "'");
            }
            int status;
            try {
                status = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IOException("bad status line: '" + abbreviate(statusLine) + "'");
            }
            Map<String, List<String>> headers = headers(in);
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and friends precede the real answer
            }
            if (status == 204 || status == 304 || status >= 300 && status < 400) {
                return new Answer(status, headers, new byte[0]);
            }
            return new Answer(status, headers, body(in, headers, maxBytes));
        }
    }

    private static Map<String, List<String>> headers(InputStream in) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int count = 0; ; count++) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            if (count >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " response headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
    }

    private static byte[] body(InputStream in, Map<String, List<String>> headers, long maxBytes) throws IOException {
        String transfer = headers.getOrDefault("transfer-encoding", List.of()).toString().toLowerCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (transfer.contains("chunked")) {
            while (true) {
                String sizeLine = line(in);
                int semi = sizeLine.indexOf(';');
                long size;
                try {
                    size = Long.parseLong((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size '" + abbreviate(sizeLine) + "'");
                }
                if (size == 0) {
                    headers(in); // trailers
                    return out.toByteArray();
                }
                copy(in, out, size, maxBytes);
                line(in);
            }
        }
        List<String> length = headers.get("content-length");
        if (length != null && !length.isEmpty()) {
            long declared;
            try {
                declared = Long.parseLong(length.get(0).trim());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length '" + abbreviate(length.get(0)) + "'");
            }
            if (declared > maxBytes) {
                throw new BodyTooLarge(declared, maxBytes);
            }
            copy(in, out, declared, maxBytes);
            return out.toByteArray();
        }
        copy(in, out, Long.MAX_VALUE, maxBytes);
        return out.toByteArray();
    }

    /** Copies up to {@code count} bytes (until end of stream when unbounded), failing past {@code maxBytes}. */
    private static void copy(InputStream in, ByteArrayOutputStream out, long count, long maxBytes) throws IOException {
        byte[] buf = new byte[16384];
        long left = count;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                if (count == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("connection closed " + left + " bytes before the end of the body");
            }
            out.write(buf, 0, n);
            left -= n;
            if (out.size() > maxBytes) {
                throw new BodyTooLarge(out.size(), maxBytes);
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (sb.length() == 0) {
                    throw new IOException("connection closed before a complete response");
                }
                return sb.toString();
            }
            if (b == '\n') {
                int end = sb.length();
                return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new IOException("response header line longer than " + MAX_LINE + " bytes");
            }
            sb.append((char) b);
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static long remainingMs(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Socket input whose every read may only wait until the exchange's deadline. */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadlineNanos;

        DeadlineInput(Socket socket, long deadlineNanos) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long left = remainingMs(deadlineNanos);
            if (left <= 0) {
                throw new HttpTimeoutException("no complete response before the deadline");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            return in.read(b, off, len);
        }
    }
}
