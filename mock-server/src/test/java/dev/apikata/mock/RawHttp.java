package dev.apikata.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests the JDK client will not send (CONNECT, a backslash in the path, a body that never
 * arrives), written by hand on a loopback socket.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    public static RawHttp connect(MockApi api) {
        try {
            return new RawHttp(new Socket(InetAddress.getLoopbackAddress(), api.port()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code head} (request line and headers, lines joined with CRLF, blank line added) and then {@code body}. */
    public RawHttp send(String head, String body) {
        try {
            socket.getOutputStream().write((head.replace("\n", "\r\n") + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server sends until it closes the connection or {@code wait} passes. */
    public String readUntilClosed(Duration wait) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // the server kept the connection open: return what it sent so far
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** One complete response on a connection the request asked to close. */
    public static String exchange(MockApi api, String head) {
        try (RawHttp raw = connect(api)) {
            return raw.send(head + "\nHost: 127.0.0.1\nConnection: close", "").readUntilClosed(Duration.ofSeconds(10));
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
