package dev.apikata.kit.reset;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reset did to one file.
 *
 * @param backup where the learner's version was saved; empty if the file was missing or already original
 */
public record RestoredFile(Path file, How how, Optional<Path> backup) {

    public RestoredFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(backup, "backup");
    }

    public enum How {
        /** Only the task's methods were put back; the rest of the learner's file stays. */
        TASK_METHODS,
        /** The whole file is the original stub again. */
        WHOLE_FILE,
        /** It already was the original: nothing written, no backup. */
        UNCHANGED
    }
}
