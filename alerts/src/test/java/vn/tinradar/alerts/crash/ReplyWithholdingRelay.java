package vn.tinradar.alerts.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay in front of a real SMTP server that, while armed, keeps the server's replies from the client once the
 * client has sent a message's end-of-data line ({@code CRLF.CRLF}): the server has the mail, the sender never hears
 * "250 OK". That is the window between the server accepting a mail and the sender recording it, held open so that
 * a test can kill the sender inside it. Disarmed, it relays everything.
 */
final class ReplyWithholdingRelay implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final ServerSocket listener;
    private final int serverPort;
    private final CountDownLatch withheld = new CountDownLatch(1);
    private volatile boolean armed = true;

    ReplyWithholdingRelay(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "smtp-relay");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Waits until a message's end of data passed while armed, so its reply is being held back. */
    boolean awaitWithheld(long seconds) throws InterruptedException {
        return withheld.await(seconds, TimeUnit.SECONDS);
    }

    /** From now on relays every reply, on every connection. */
    void disarm() {
        armed = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                AtomicBoolean dataEnded = new AtomicBoolean();
                pump(client.getInputStream(), server.getOutputStream(), chunk -> {
                    if (contains(chunk, END_OF_DATA)) {
                        dataEnded.set(true);
                    }
                    return true;
                });
                pump(server.getInputStream(), client.getOutputStream(), chunk -> {
                    if (dataEnded.get() && armed) {
                        withheld.countDown();
                        return false;
                    }
                    return true;
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    private interface ChunkGate {
        boolean pass(byte[] chunk);
    }

    private static void pump(InputStream in, OutputStream out, ChunkGate gate) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            byte[] tail = new byte[0];
            try (in; out) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    // the previous chunk's last bytes, so a marker split across two reads is still seen
                    byte[] chunk = new byte[tail.length + n];
                    System.arraycopy(tail, 0, chunk, 0, tail.length);
                    System.arraycopy(buf, 0, chunk, tail.length, n);
                    tail = java.util.Arrays.copyOfRange(chunk, Math.max(0, chunk.length - 4), chunk.length);
                    if (gate.pass(chunk)) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side closed: the other follows
            }
        }, "smtp-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
