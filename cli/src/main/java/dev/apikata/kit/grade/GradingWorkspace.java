package dev.apikata.kit.grade;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The folder one learner is graded in: the instructor's pristine kit (poms, manifests, tests and
 * any instructor-only tests) with only the learner's {@code exercises/NN-topic/src/main/java} in it.
 * What the learner changed elsewhere (a test, a pom, a manifest) is left out and reported.
 */
final class GradingWorkspace {

    private static final String MAIN_SOURCES = "src/main/java";
    private static final String MAIN_RESOURCES = "src/main/resources";
    private static final String TESTS = "src/test";

    private GradingWorkspace() {
    }

    /**
     * @param project      the workspace as a project, whose modules the grader compiles and tests
     * @param ignoredEdits learner files that differ from the pristine kit and were not used, relative
     *                     to the project root, with a word for how they differ
     */
    record Prepared(Project project, List<String> ignoredEdits) {
        Prepared {
            ignoredEdits = List.copyOf(ignoredEdits);
        }
    }

    /**
     * Builds the workspace in {@code workspace} (an empty folder) from the pristine {@code kit}, the
     * learner's copy at {@code learnerRoot} and, for each module, instructor-only tests found in
     * {@code extraTests/<module name>/} laid out as under {@code src/test/java}.
     */
    static Prepared prepare(Project kit, Path learnerRoot, Optional<Path> extraTests, Path workspace) {
        try {
            copyIfPresent(kit.root().resolve("pom.xml"), workspace.resolve("pom.xml"));
            copyIfPresent(kit.root().resolve("exercises/pom.xml"), workspace.resolve("exercises/pom.xml"));
            List<String> ignored = new ArrayList<>();
            for (ExerciseModule module : kit.modules()) {
                Path relative = kit.root().relativize(module.directory());
                Path target = workspace.resolve(relative.toString());
                Path learner = learnerRoot.resolve(relative.toString());
                copyFile(module.manifestFile(), target.resolve(ExerciseManifest.FILE_NAME));
                copyIfPresent(module.directory().resolve("pom.xml"), target.resolve("pom.xml"));
                copyTree(module.directory().resolve(TESTS), target.resolve(TESTS));
                // The kit's own resources (message bundles the given code reads): never the learner's.
                copyTree(module.directory().resolve(MAIN_RESOURCES), target.resolve(MAIN_RESOURCES));
                if (extraTests.isPresent()) {
                    copyTree(extraTests.get().resolve(module.name()), target.resolve(TESTS).resolve("java"));
                }
                Path learnerMain = learner.resolve(MAIN_SOURCES);
                copyTree(Files.isDirectory(learnerMain, LinkOption.NOFOLLOW_LINKS) ? learnerMain : module.stubSources(),
                        target.resolve(MAIN_SOURCES));
                ignored.addAll(differences(module.directory(), learner, relative));
            }
            return new Prepared(Project.at(workspace), ignored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the grading folder " + workspace + ": " + e.getMessage(), e);
        }
    }

    // The learner's tests, pom and manifest against the pristine ones: what grading ignores.
    private static List<String> differences(Path pristine, Path learner, Path relative) throws IOException {
        List<String> found = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>();
        files.addAll(filesUnder(pristine.resolve(TESTS), pristine));
        files.addAll(filesUnder(learner.resolve(TESTS), learner));
        files.add("pom.xml");
        files.add(ExerciseManifest.FILE_NAME);
        for (String file : files) {
            Path original = pristine.resolve(file);
            Path theirs = learner.resolve(file);
            boolean inKit = Files.isRegularFile(original);
            boolean inCopy = Files.isRegularFile(theirs, LinkOption.NOFOLLOW_LINKS);
            if (!inKit && !inCopy) {
                continue;
            }
            String name = relative.resolve(file).toString().replace('\\', '/');
            if (inKit && !inCopy && Files.isDirectory(learner)) {
                found.add(name + " (deleted)");
            } else if (!inKit && inCopy) {
                found.add(name + " (added)");
            } else if (inKit && inCopy && !sameContent(original, theirs)) {
                found.add(name + " (changed)");
            }
        }
        return found;
    }

    // Line endings are the checkout's business, not an edit.
    private static boolean sameContent(Path a, Path b) throws IOException {
        byte[] left = Files.readAllBytes(a);
        byte[] right = Files.readAllBytes(b);
        return Arrays.equals(left, right) || new String(left).replace("\r\n", "\n").equals(new String(right).replace("\r\n", "\n"));
    }

    private static List<String> filesUnder(Path dir, Path base) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> base.relativize(path).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static void copyIfPresent(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            copyFile(from, to);
        }
    }

    private static void copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    // Regular files only: a link in a learner's folder is never followed out of it.
    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(source, copy);
                }
            }
        }
    }
}
