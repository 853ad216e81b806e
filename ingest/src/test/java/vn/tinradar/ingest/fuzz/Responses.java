package vn.tinradar.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Raw HTTP responses, well-formed and not, for {@link HostileServer} routes. */
final class Responses {

    private Responses() {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static HostileServer.Responder ok(String contentType, byte[] body) {
        return withHeaders("Content-Type: " + contentType + "\r\n", body);
    }

    static HostileServer.Responder withHeaders(String headers, byte[] body) {
        return out -> {
            out.write(ascii("HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n"));
            out.write(body);
        };
    }

    static HostileServer.Responder raw(byte[] bytes) {
        return out -> out.write(bytes);
    }

    static HostileServer.Responder redirect(int status, String location) {
        return out -> out.write(ascii("HTTP/1.1 " + status + " Moved\r\nLocation: " + location
                + "\r\nContent-Length: 0\r\n\r\n"));
    }

    /** One byte of {@code body} every {@code delayMs}, as a server that never quite stalls. */
    static HostileServer.Responder drip(String contentType, byte[] body, long delayMs) {
        return out -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n"));
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(delayMs);
            }
        };
    }

    /** {@code totalBytes} made of {@code unit} repeated, with no Content-Length (read until close). */
    static HostileServer.Responder endless(String contentType, byte[] prefix, byte[] unit, long totalBytes) {
        return out -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n"));
            out.write(prefix);
            byte[] block = new byte[64 * 1024 / unit.length * unit.length];
            for (int i = 0; i < block.length; i += unit.length) {
                System.arraycopy(unit, 0, block, i, unit.length);
            }
            for (long sent = prefix.length; sent < totalBytes; sent += block.length) {
                out.write(block);
            }
        };
    }

    /** {@code unit} repeated to {@code totalBytes}, gzip-compressed: a small body that inflates hugely. */
    static byte[] gzipOfRepeated(byte[] unit, long totalBytes) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            for (long n = 0; n < totalBytes; n += unit.length) {
                gz.write(unit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return zipped.toByteArray();
    }

    static HostileServer.Responder gzipped(String contentType, byte[] compressed) {
        return withHeaders("Content-Type: " + contentType + "\r\nContent-Encoding: gzip\r\n", compressed);
    }
}
