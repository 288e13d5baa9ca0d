package dev.apikata.kit.check;

import dev.apikata.course.Task;
import dev.apikata.kit.FolderCopy;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.reset.StubMarkers;
import dev.apikata.kit.reset.StubRestorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stubs as they were handed out, for a project where a learner has solved tasks: {@code kit
 * check} proves the course, not the learner's work. A stub file whose markers are a strict subset of
 * its original's (the learner replaced some {@code NotDoneYet.task(...)} with code) is taken from git,
 * as {@code kit reset} would restore it; every other file is checked as it is, so a maintainer's
 * edits (the same markers, or new ones) are what gets checked.
 *
 * <p>An original that marks a task the manifest no longer lists is a maintainer's older version, not
 * the handed-out stub, and is not used.
 */
public final class HandedOutStubs {

    /** Where a module's stubs come from for the check. */
    public record Selection(Path sources, List<Path> fromGit) {
        public Selection {
            fromGit = List.copyOf(fromGit);
        }

        /** True if some of the learner's files were set aside for their originals. */
        public boolean replacedAny() {
            return !fromGit.isEmpty();
        }
    }

    private final StubRestorer stubs;

    public HandedOutStubs(StubRestorer stubs) {
        this.stubs = stubs;
    }

    /**
     * The module's own stub folder when nothing needs replacing; else a copy of it under the module's
     * kit output, with the learner's solved files swapped for their originals.
     */
    public Selection of(ExerciseModule module) {
        if (!stubs.available()) {
            return new Selection(module.stubSources(), List.of());
        }
        Set<String> tasks = module.manifest().tasks().stream().map(Task::id).collect(Collectors.toSet());
        List<Path> replaced = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        for (Path file : stubs.stubFiles(module)) {
            Optional<String> original = stubs.originalOf(file)
                    .filter(text -> tasks.containsAll(StubMarkers.in(text)));
            if (original.isEmpty()) {
                continue;
            }
            Set<String> handedOut = StubMarkers.in(original.get());
            Set<String> now = Files.isRegularFile(file) ? StubMarkers.in(read(file)) : Set.of();
            if (handedOut.containsAll(now) && !now.containsAll(handedOut)) {
                replaced.add(file);
                originals.add(original.get());
            }
        }
        if (replaced.isEmpty()) {
            return new Selection(module.stubSources(), List.of());
        }
        Path copy = module.directory().resolve("target/kit/check-stubs");
        copyTree(module.stubSources(), copy);
        for (int i = 0; i < replaced.size(); i++) {
            write(copy.resolve(module.stubSources().relativize(replaced.get(i)).toString()), originals.get(i));
        }
        return new Selection(copy, replaced);
    }

    private static void copyTree(Path from, Path to) {
        try {
            FolderCopy.replace(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the stubs to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
