package dev.apikata.kit.runner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One error javac reported: a normal outcome while a learner is typing, shown as {@code file:line}.
 *
 * @param file   the source file, or {@code null} for an error that belongs to no file
 * @param line   1-based, or 0 if unknown
 * @param column 1-based, or 0 if unknown
 */
public record CompileError(Path file, long line, long column, String message) {

    public CompileError {
        Objects.requireNonNull(message, "message");
    }

    /**
     * The error on one line, {@code path/File.java:12: cannot find symbol; symbol: method get(int)}:
     * javac's extra lines (the symbol, its location) joined in, as a table row or a status line needs.
     */
    public String summary(Path base) {
        String text = String.join("; ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        String location = location(base);
        return location.isEmpty() ? text : location + ": " + text;
    }

    /** {@code path/File.java:12} relative to {@code base}, as editors and terminals link it. */
    public String location(Path base) {
        if (file == null) {
            return "";
        }
        Path shown = file.isAbsolute() && base != null && file.startsWith(base) ? base.relativize(file) : file;
        return line > 0 ? shown + ":" + line : shown.toString();
    }
}
