package dev.apikata.timeouts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A port on 127.0.0.1 whose connections never complete: a listening socket that never accepts,
 * with its accept queue filled, so the operating system drops every further SYN. Linux and macOS
 * behave so; where a full queue is refused at once instead (Windows), {@link #open()} is empty and
 * the test that needs it is skipped. Nothing leaves the machine.
 *
 * <p>The queue is filled first and probed only then. A connection the queue still has room for
 * completes, but on a busy machine the loopback handshake can take longer than a probe waits: a
 * probe sent into a queue that is not yet full could pass a slow handshake for a dropped one, and
 * the test's own connection would then be accepted and hang on the request timeout instead.
 */
final class UnansweredPort implements AutoCloseable {

    private static final int BACKLOG = 1;
    // Linux queues backlog + 1 connections before it drops SYNs; other systems may queue more.
    private static final int MAX_CONNECTIONS = 16;
    // A connection the queue has room for completes; this only bounds a system that has no room even for those.
    private static final int FILL_MILLIS = 5_000;
    // Once the queue is full, a probe is dropped however long it waits: this is how long it takes to see that.
    private static final int PROBE_MILLIS = 100;

    private final ServerSocket server;
    private final List<Socket> fillers;

    private UnansweredPort(ServerSocket server, List<Socket> fillers) {
        this.server = server;
        this.fillers = fillers;
    }

    static Optional<UnansweredPort> open() throws IOException {
        ServerSocket server = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
        List<Socket> fillers = new ArrayList<>();
        InetSocketAddress address = (InetSocketAddress) server.getLocalSocketAddress();
        for (int i = 0; i < MAX_CONNECTIONS; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(address, i <= BACKLOG ? FILL_MILLIS : PROBE_MILLIS);
                fillers.add(socket); // the queue had room for this one: fill on
            } catch (SocketTimeoutException dropped) {
                socket.close(); // the queue is full and SYNs are dropped
                return Optional.of(new UnansweredPort(server, fillers));
            } catch (IOException refused) {
                socket.close();
                break;
            }
        }
        closeAll(server, fillers);
        return Optional.empty();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        closeAll(server, fillers);
    }

    private static void closeAll(ServerSocket server, List<Socket> fillers) throws IOException {
        for (Socket socket : fillers) {
            socket.close();
        }
        server.close();
    }
}
