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
 */
final class UnansweredPort implements AutoCloseable {

    private static final int PROBE_MILLIS = 200;
    private final ServerSocket server;
    private final List<Socket> fillers;

    private UnansweredPort(ServerSocket server, List<Socket> fillers) {
        this.server = server;
        this.fillers = fillers;
    }

    static Optional<UnansweredPort> open() throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        List<Socket> fillers = new ArrayList<>();
        InetSocketAddress address = (InetSocketAddress) server.getLocalSocketAddress();
        for (int i = 0; i < 16; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(address, PROBE_MILLIS);
                fillers.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close(); // this connect hung: the queue is full and SYNs are dropped
                return Optional.of(new UnansweredPort(server, fillers));
            } catch (IOException refused) {
                socket.close();
                break;
            }
        }
        for (Socket socket : fillers) {
            socket.close();
        }
        server.close();
        return Optional.empty();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : fillers) {
            socket.close();
        }
        server.close();
    }
}
