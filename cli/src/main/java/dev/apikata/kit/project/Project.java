package dev.apikata.kit.project;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An apikata project on disk: the folder with {@code pom.xml} and {@code exercises/}, and its
 * exercise modules in course order (their folder names start with a two-digit number).
 *
 * @param modules      the modules this Java runtime can build and run: what every command checks,
 *                     watches, lists and grades
 * @param needNewerJava the modules whose manifest asks for a newer Java ({@code requires-java}),
 *                     skipped on this runtime as the Maven build skips them
 */
public record Project(Path root, List<ExerciseModule> modules, List<ExerciseModule> needNewerJava) {

    public Project {
        Objects.requireNonNull(root, "root");
        modules = List.copyOf(modules);
        needNewerJava = List.copyOf(needNewerJava);
    }

    public Project(Path root, List<ExerciseModule> modules) {
        this(root, modules, List.of());
    }

    /** Finds the project that contains {@code start}, looking in it and then in each parent folder. */
    public static Optional<Project> locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isProjectRoot(dir)) {
                return Optional.of(at(dir));
            }
        }
        return Optional.empty();
    }

    /** Reads the project whose root is {@code root}, as this Java runtime sees it. */
    public static Project at(Path root) {
        return at(root, Runtime.version().feature());
    }

    /** Reads the project whose root is {@code root}, as a Java runtime of this feature release sees it. */
    public static Project at(Path root, int javaFeature) {
        Path absolute = root.toAbsolutePath().normalize();
        Path exercises = absolute.resolve("exercises");
        try (Stream<Path> children = Files.list(exercises)) {
            List<ExerciseModule> modules = children
                    .filter(dir -> Files.isRegularFile(dir.resolve(ExerciseManifest.FILE_NAME)))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .map(dir -> module(absolute, dir))
                    .toList();
            return new Project(absolute,
                    modules.stream().filter(module -> module.manifest().runsOn(javaFeature)).toList(),
                    modules.stream().filter(module -> !module.manifest().runsOn(javaFeature)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + exercises + ": " + e.getMessage(), e);
        }
    }

    private static boolean isProjectRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("exercises"));
    }

    private static ExerciseModule module(Path root, Path dir) {
        String name = dir.getFileName().toString();
        return new ExerciseModule(name, dir, ExerciseManifest.read(dir.resolve(ExerciseManifest.FILE_NAME)),
                root.resolve("solutions").resolve(name));
    }

    /** The module with this folder name ({@code 01-http-methods}) or manifest id ({@code 01}). */
    public Optional<ExerciseModule> module(String nameOrId) {
        return modules.stream()
                .filter(module -> module.name().equals(nameOrId) || module.id().equals(nameOrId))
                .findFirst();
    }

    /** The skipped module with this folder name or manifest id, or the one that declares this task id. */
    public Optional<ExerciseModule> needingNewerJava(String nameOrId) {
        return needNewerJava.stream()
                .filter(module -> module.name().equals(nameOrId) || module.id().equals(nameOrId)
                        || module.task(nameOrId).isPresent())
                .findFirst();
    }

    /** The module that declares the task {@code 01.4}. */
    public Optional<ExerciseModule> moduleOfTask(String taskId) {
        return modules.stream().filter(module -> module.task(taskId).isPresent()).findFirst();
    }

    public Optional<Task> task(String taskId) {
        return moduleOfTask(taskId).flatMap(module -> module.task(taskId));
    }

    /** The module a changed file belongs to, if any: what a watcher re-runs. */
    public Optional<ExerciseModule> moduleContaining(Path file) {
        return modules.stream().filter(module -> module.contains(file)).findFirst();
    }

    /** True if this is a learner copy: no module has its reference solutions. */
    public boolean isLearnerCopy() {
        return modules.stream().noneMatch(ExerciseModule::hasSolutions);
    }
}
