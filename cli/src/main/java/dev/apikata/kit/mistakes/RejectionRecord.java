package dev.apikata.kit.mistakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the {@code rejected-by:} list of a mistake file from a trial, so the file says which tests
 * reject the mistake ({@code kit check --record-mistakes}). The list is the file's last key;
 * everything above it (the explanation, the code, comments) stays as written.
 */
public final class RejectionRecord {

    private static final String KEY = "rejected-by:";

    private RejectionRecord() {
    }

    /** Rewrites the file's {@code rejected-by:} list with {@code rejections}, sorted by test. */
    public static void write(Path file, List<KnownMistake.Rejection> rejections) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, withRecord(text, rejections), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the tests that reject " + file + ": " + e.getMessage(), e);
        }
    }

    static String withRecord(String text, List<KnownMistake.Rejection> rejections) {
        int at = text.startsWith(KEY) ? 0 : text.indexOf("\n" + KEY);
        String kept = (at < 0 ? text : text.substring(0, at)).stripTrailing();
        StringBuilder out = new StringBuilder(kept).append('\n').append(KEY);
        if (rejections.isEmpty()) {
            out.append(" []");
        }
        rejections.stream()
                .sorted(Comparator.comparing(KnownMistake.Rejection::test))
                .forEach(rejection -> out.append("\n  - { test: ").append(quoted(rejection.test()))
                        .append(", failure: ").append(rejection.failure()).append(" }"));
        return out.append('\n').toString();
    }

    // A YAML double-quoted scalar: backslashes and quotes escaped.
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
