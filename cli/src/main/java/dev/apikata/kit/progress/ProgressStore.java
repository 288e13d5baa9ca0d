package dev.apikata.kit.progress;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apikata.kit.AtomicFile;
import dev.apikata.kit.runner.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Keeps {@link Progress} in {@value #FILE_NAME} at the project root (ignored by git). A missing or
 * unreadable file is an empty progress: deleting it loses the hint levels and nothing else.
 */
public final class ProgressStore {

    public static final String FILE_NAME = ".apikata-progress.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    private ProgressStore(Path file) {
        this.file = file;
    }

    public static ProgressStore in(Path projectRoot) {
        return new ProgressStore(projectRoot.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public Progress load() {
        if (!Files.isRegularFile(file)) {
            return Progress.EMPTY;
        }
        try {
            Progress progress = JSON.readValue(file.toFile(), Progress.class);
            return progress == null ? Progress.EMPTY : progress;
        } catch (JacksonException e) {
            return Progress.EMPTY; // a hand-edited or truncated file must not stop the learner
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void save(Progress progress) {
        try {
            AtomicFile.write(file, temporary -> JSON.writeValue(temporary, progress));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Remembers the tasks' results of a run of the learner's code. */
    public Progress record(RunResult run) {
        return update(progress -> progress.withResults(run));
    }

    /** Loads, changes and saves the progress; the changed value. */
    public synchronized Progress update(UnaryOperator<Progress> change) {
        Progress changed = change.apply(load());
        save(changed);
        return changed;
    }
}
