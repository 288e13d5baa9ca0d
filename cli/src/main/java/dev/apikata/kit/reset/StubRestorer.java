package dev.apikata.kit.reset;

import dev.apikata.kit.project.ExerciseModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts the learner's stubs back as they were handed out, from git, keeping each replaced file as
 * {@code <file>.bak-<timestamp>} beside it.
 *
 * <p>The original of a file is its committed version with the most {@code NotDoneYet.task} markers (the
 * newest among equals): if the learner commits their work, HEAD holds fewer markers than the
 * original stub, and that version is still found.
 */
public final class StubRestorer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GitHistory git;
    private final LocalDateTime now;

    public StubRestorer(GitHistory git, LocalDateTime now) {
        this.git = git;
        this.now = now;
    }

    /** True if originals can be read here (git is installed and the project is a git checkout). */
    public boolean available() {
        return git.available();
    }

    /** Restores every stub file of the module. */
    public List<RestoredFile> resetModule(ExerciseModule module) {
        List<RestoredFile> restored = new ArrayList<>();
        for (Path file : git.trackedFiles(module.stubSources())) {
            original(file).ifPresent(original -> restored.add(write(file, original, RestoredFile.How.WHOLE_FILE)));
        }
        return restored;
    }

    /**
     * Restores the methods of one task in the files whose original marks it; a whole file where its
     * methods cannot be matched (the learner renamed one, or the file does not parse).
     */
    public List<RestoredFile> resetTask(ExerciseModule module, String taskId) {
        List<RestoredFile> restored = new ArrayList<>();
        for (Path file : git.trackedFiles(module.stubSources())) {
            Optional<String> original = original(file).filter(text -> StubMarkers.marks(text, taskId));
            if (original.isEmpty()) {
                continue;
            }
            Optional<String> spliced = Files.isRegularFile(file)
                    ? TaskMethods.restore(original.get(), read(file), taskId)
                    : Optional.empty();
            restored.add(spliced.isPresent()
                    ? write(file, spliced.get(), RestoredFile.How.TASK_METHODS)
                    : write(file, original.get(), RestoredFile.How.WHOLE_FILE));
        }
        return restored;
    }

    /** The stub files of the module that git knows. */
    public List<Path> stubFiles(ExerciseModule module) {
        return git.trackedFiles(module.stubSources());
    }

    /** The original stub of {@code file}: its committed version with the most markers. */
    public Optional<String> originalOf(Path file) {
        return original(file);
    }

    private Optional<String> original(Path file) {
        return git.versions(file).stream()
                // max keeps the first, that is the newest, among versions with as many markers
                .max(Comparator.comparingInt((String text) -> StubMarkers.in(text).size()));
    }

    private RestoredFile write(Path file, String content, RestoredFile.How how) {
        try {
            Optional<Path> backup = Optional.empty();
            if (Files.isRegularFile(file)) {
                if (read(file).equals(content)) {
                    return new RestoredFile(file, RestoredFile.How.UNCHANGED, Optional.empty());
                }
                Path copy = backupOf(file);
                Files.copy(file, copy);
                backup = Optional.of(copy);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return new RestoredFile(file, how, backup);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    private Path backupOf(Path file) {
        String name = file.getFileName() + ".bak-" + STAMP.format(now);
        Path backup = file.resolveSibling(name);
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(name + "-" + n);
        }
        return backup;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
