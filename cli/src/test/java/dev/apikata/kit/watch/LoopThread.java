package dev.apikata.kit.watch;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a session's loop on its own thread, as the kit's main thread would. */
final class LoopThread {

    private LoopThread() {
    }

    static Thread start(WatchSession session) {
        Thread loop = new Thread(() -> {
            try {
                session.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "watch-loop");
        loop.start();
        return loop;
    }
}
