package dev.apikata.kit.watch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Single-key input on POSIX terminals: {@code stty} switches off line buffering and echo, and the
 * saved settings come back on close, on normal exit and on Ctrl-C (a shutdown hook).
 */
final class RawMode implements AutoCloseable {

    private static final File TTY = new File("/dev/tty");

    private final String saved;
    private final Thread restoreOnExit;
    private boolean restored;

    private RawMode(String saved) {
        this.saved = saved;
        this.restoreOnExit = new Thread(this::restore, "kit-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /** Enters single-key mode, or returns empty where {@code stty} is not available. */
    static Optional<RawMode> enter() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        try {
            String saved = stty("-g").strip();
            // isig stays on, so Ctrl-C still stops the kit (and the hook restores the terminal).
            stty("-icanon", "-echo", "min", "1", "time", "0");
            return Optional.of(new RawMode(saved));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String stty(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(TTY).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("stty " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    private synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        try {
            stty(saved);
        } catch (IOException e) {
            // nothing more we can do for the terminal
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway, and restore() runs once
        }
    }
}
