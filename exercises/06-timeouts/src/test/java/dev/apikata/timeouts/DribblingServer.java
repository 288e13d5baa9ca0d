package dev.apikata.timeouts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-request HTTP server on 127.0.0.1 that sends the headers at once and then the body one byte
 * at a time, and notices when the client hangs up before the end: WireMock cannot tell a test
 * that. Used to prove a client abandons a download it gave up on.
 */
final class DribblingServer implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<Boolean> clientLeftEarly = new CompletableFuture<>();

    DribblingServer(int bodyBytes, Duration betweenBytes) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> serve(bodyBytes, betweenBytes), "dribbling-server");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(int bodyBytes, Duration betweenBytes) {
        try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // the request line and headers: not needed
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + bodyBytes + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < bodyBytes; i++) {
                TimeUnit.NANOSECONDS.sleep(betweenBytes.toNanos());
                out.write('x');
                out.flush();
            }
            clientLeftEarly.complete(false);
        } catch (IOException hungUp) {
            clientLeftEarly.complete(true);
        } catch (InterruptedException stopped) {
            clientLeftEarly.complete(false);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** True once the client closed the connection before the whole body was sent; false if it read to the end. */
    CompletableFuture<Boolean> clientLeftEarly() {
        return clientLeftEarly;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
