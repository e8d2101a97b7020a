package dev.precis.local;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on a loopback port in front of a real server that, while cutting, closes each
 * connection after the response headers and {@code bodyBytes} bytes of the body: a read cut off
 * mid-stream, over a real connection.
 */
public final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final URI upstream;
    private volatile int cutAfterBodyBytes = -1;
    private final AtomicInteger cuts = new AtomicInteger();

    private CuttingProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "cutting-proxy-accept").start();
    }

    public static CuttingProxy in(URI upstream) throws IOException {
        return new CuttingProxy(upstream);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Cut every response after this many body bytes; -1 relays everything. */
    public void cutAfter(int bodyBytes) {
        cutAfterBodyBytes = bodyBytes;
    }

    public int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstream.getHost(), upstream.getPort());
                daemon(() -> pipe(client, server, -1), "cutting-proxy-up").start();
                int cut = cutAfterBodyBytes;
                daemon(() -> pipe(server, client, cut), "cutting-proxy-down").start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Copies from → to; with {@code cut} >= 0, closes both after the header block and {@code cut} body bytes. */
    private void pipe(Socket from, Socket to, int cut) {
        try (InputStream in = new BufferedInputStream(from.getInputStream()); OutputStream out = new BufferedOutputStream(to.getOutputStream())) {
            int headerState = 0; // how much of "\r\n\r\n" was seen
            long body = -1;
            int b;
            while ((b = in.read()) >= 0) {
                if (cut >= 0 && body >= cut) {
                    cuts.incrementAndGet();
                    break;
                }
                out.write(b);
                if (body >= 0) {
                    body++;
                } else {
                    headerState = (b == '\r' && (headerState == 0 || headerState == 2)) || (b == '\n' && (headerState == 1 || headerState == 3))
                            ? headerState + 1 : (b == '\r' ? 1 : 0);
                    if (headerState == 4) {
                        body = 0;
                        out.flush();
                    }
                }
                if (in.available() == 0) out.flush();
            }
        } catch (IOException e) {
            // the other side closed: so does this one
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
