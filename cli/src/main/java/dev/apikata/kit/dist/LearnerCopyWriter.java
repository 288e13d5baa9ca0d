package dev.apikata.kit.dist;

import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes the copy a class gets: the kit without anything that gives answers away. Left out: the
 * reference solutions and their mistake catalogues ({@code solutions/}), the kit's own CI, build
 * output, progress files and reset backups. Each module gets {@code known-mistakes.yaml} instead:
 * the explanations and fingerprints of its known mistakes, never their code. The copy is a git
 * repository with one commit, so {@code kit reset} finds the original stubs and it can be pushed as
 * a GitHub Classroom template as it is.
 */
public final class LearnerCopyWriter {

    private LearnerCopyWriter() {
    }

    /** Files of the kit that a learner copy never holds, by their path relative to the kit's root. */
    static final Predicate<String> LEFT_OUT = path -> path.startsWith("solutions/") || path.equals("solutions")
            || path.startsWith(".ci/") || path.startsWith(".git/") || path.equals(".git")
            || path.contains("/target/") || path.startsWith("target/")
            || path.endsWith(".apikata-progress.json") || path.matches(".*\\.bak-\\d{8}-\\d{6}(-\\d+)?$")
            || path.contains("/node_modules/") || path.startsWith("node_modules/");

    /** Writes the copy of {@code kit} into {@code target}, which must not exist or be empty. */
    public static List<Path> write(Project kit, Path target, boolean classroom) {
        try {
            List<Path> written = new ArrayList<>();
            for (String file : files(kit.root())) {
                if (LEFT_OUT.test(file)) {
                    continue;
                }
                Path copy = target.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(kit.root().resolve(file), copy);
                written.add(copy);
            }
            for (ExerciseModule module : kit.modules()) {
                Path file = target.resolve(kit.root().relativize(module.directory()).toString())
                        .resolve(MistakeCatalogue.LEARNER_FILE);
                MistakeCatalogue.of(module).writeLearnerFile(file);
                written.add(file);
            }
            if (classroom) {
                Path workflow = target.resolve(ClassroomWorkflow.PATH);
                Files.createDirectories(workflow.getParent());
                Files.writeString(workflow, ClassroomWorkflow.of(kit), StandardCharsets.UTF_8);
                written.add(workflow);
            }
            commit(target);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the learner copy to " + target + ": " + e.getMessage(), e);
        }
    }

    // The files git tracks, when the kit is a checkout; else every regular file.
    private static List<String> files(Path root) throws IOException {
        List<String> tracked = git(root, "ls-files", "-z");
        if (!tracked.isEmpty()) {
            return tracked.stream().filter(file -> Files.isRegularFile(root.resolve(file), LinkOption.NOFOLLOW_LINKS)).toList();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void commit(Path target) {
        if (run(target, "git", "init", "-q") && run(target, "git", "add", "-A")) {
            run(target, "git", "-c", "user.name=apikata", "-c", "user.email=apikata@localhost", "-c", "commit.gpgsign=false",
                    "commit", "-q", "-m", "apikata learner copy");
        }
    }

    private static List<String> git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return List.of();
            }
            String text = new String(out, StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\0"));
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
