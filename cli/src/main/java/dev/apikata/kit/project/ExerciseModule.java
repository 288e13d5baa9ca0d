package dev.apikata.kit.project;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise module: its folder, its manifest and where its sources live.
 *
 * @param name      the folder name, {@code 01-http-methods}
 * @param directory {@code exercises/01-http-methods}
 * @param solutions {@code solutions/01-http-methods}; may not exist in a learner copy
 */
public record ExerciseModule(String name, Path directory, ExerciseManifest manifest, Path solutions) {

    public ExerciseModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(solutions, "solutions");
    }

    /** The manifest id, {@code "01"}. */
    public String id() {
        return manifest.id();
    }

    /** What javac's {@code --release} gets for this module: the course baseline unless the manifest asks for more. */
    public String javaRelease() {
        return Integer.toString(manifest.requiresJava());
    }

    public Path manifestFile() {
        return directory.resolve(ExerciseManifest.FILE_NAME);
    }

    /** The learner's stubs. */
    public Path stubSources() {
        return directory.resolve("src/main/java");
    }

    /** The tests: the only copy, shared by stubs and solutions. */
    public Path testSources() {
        return directory.resolve("src/test/java");
    }

    public Path solutionSources() {
        return solutions.resolve("src/main/java");
    }

    /** False in a learner copy, which ships without {@code solutions/}. */
    public boolean hasSolutions() {
        return Files.isDirectory(solutionSources());
    }

    public Path mainSources(Implementation implementation) {
        return implementation == Implementation.STUBS ? stubSources() : solutionSources();
    }

    /** Where the kit keeps its own build output for this module, beside Maven's. */
    public Path kitOutput(Implementation implementation) {
        return directory.resolve("target/kit/classes-" + implementation.label());
    }

    public Optional<Task> task(String taskId) {
        return manifest.task(taskId);
    }

    /** True if the file lies inside this module's exercise or solution folder. */
    public boolean contains(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(directory.toAbsolutePath().normalize())
                || absolute.startsWith(solutions.toAbsolutePath().normalize());
    }
}
