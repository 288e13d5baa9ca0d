package dev.apikata.kit.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread javac runs on in the kit. A caller that is interrupted (a newer save cancels its
 * run) stops waiting at once, but javac itself is never interrupted: an interrupt in the middle of
 * reading a jar closes that jar's channel in the compiler's shared file manager, and every later
 * compilation would fail. Compilations are serialised, as the shared file managers need.
 */
public final class CompilerThread {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kit-javac");
        thread.setDaemon(true);
        return thread;
    });

    private CompilerThread() {
    }

    /** Runs {@code compilation} on the compiler thread and waits for it; {@link RunCancelledException} if interrupted. */
    public static <T> T run(Callable<T> compilation) {
        Future<T> result = THREAD.submit(compilation);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }
}
