package dev.apikata.kit.reset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Earlier versions of the project's files, read with the {@code git} command. Empty answers, not
 * errors, when git is missing or the project is not a git checkout (a downloaded copy).
 */
public final class GitHistory {

    private final Path root;

    public GitHistory(Path root) {
        this.root = root;
    }

    /** True if {@code git} runs here and the project is inside a work tree. */
    public boolean available() {
        return git("rev-parse", "--is-inside-work-tree").map(String::strip).filter("true"::equals).isPresent();
    }

    /** The files git tracks at HEAD under {@code dir}, as paths under the project root. */
    public List<Path> trackedFiles(Path dir) {
        return git("ls-tree", "-r", "--name-only", "HEAD", "--", gitPath(dir) + "/")
                .map(text -> text.lines().filter(line -> !line.isBlank())
                        .map(line -> root.resolve(line).normalize()).toList())
                .orElse(List.of());
    }

    /** Every committed version of {@code file}, newest first. */
    public List<String> versions(Path file) {
        String path = gitPath(file);
        List<String> commits = git("log", "--format=%H", "--", path)
                .map(text -> text.lines().filter(line -> !line.isBlank()).toList())
                .orElse(List.of());
        List<String> versions = new ArrayList<>();
        for (String commit : commits) {
            git("show", commit + ":" + path).ifPresent(versions::add);
        }
        return versions;
    }

    // ./path is git's way to say "relative to the folder git runs in", which is the project root.
    private String gitPath(Path file) {
        return "./" + root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private Optional<String> git(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            int exit = process.waitFor();
            String text = output.join();
            return exit == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
