package dev.apikata.kit.watch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many columns and rows the learner's terminal shows, so that a screen fits and its first lines
 * (the title, the task, the first lines of the failure) never scroll away.
 */
public record TerminalSize(int columns, int rows) {

    /** Where nothing is known: the classic terminal. */
    public static final TerminalSize CLASSIC = new TerminalSize(80, 24);

    /** No limit: a pipe, a log or a test, which keep every line. */
    public static final TerminalSize UNLIMITED = new TerminalSize(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private static final File TTY = new File("/dev/tty");

    public TerminalSize {
        if (columns < 20 || rows < 8) {
            throw new IllegalArgumentException("a terminal of " + columns + "x" + rows + " is too small to draw on");
        }
    }

    /** Rows a line of {@code width} columns takes: a longer line wraps. */
    int rowsFor(int width) {
        return columns == Integer.MAX_VALUE ? 1 : Math.max(1, (width + columns - 1) / columns);
    }

    /**
     * The size now, looked up at most once a second: {@code stty size} on the terminal, else the
     * {@code COLUMNS} and {@code LINES} variables, else {@link #CLASSIC}.
     */
    static Supplier<TerminalSize> ofThisTerminal(Map<String, String> environment) {
        return new Supplier<>() {
            private TerminalSize last;
            private long lookedAt;

            @Override
            public synchronized TerminalSize get() {
                long now = System.nanoTime();
                if (last == null || now - lookedAt > TimeUnit.SECONDS.toNanos(1)) {
                    last = stty().or(() -> fromEnvironment(environment)).orElse(CLASSIC);
                    lookedAt = now;
                }
                return last;
            }
        };
    }

    static Optional<TerminalSize> fromEnvironment(Map<String, String> environment) {
        try {
            int columns = Integer.parseInt(environment.getOrDefault("COLUMNS", "").strip());
            int rows = Integer.parseInt(environment.getOrDefault("LINES", "").strip());
            return Optional.of(new TerminalSize(columns, rows));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code rows columns} as {@code stty size} prints them. */
    static Optional<TerminalSize> parse(String sttyOutput) {
        String[] parts = sttyOutput.strip().split("\\s+");
        try {
            return parts.length == 2 ? Optional.of(new TerminalSize(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<TerminalSize> stty() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("stty", "size").redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(2, TimeUnit.SECONDS) && process.exitValue() == 0 ? parse(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
