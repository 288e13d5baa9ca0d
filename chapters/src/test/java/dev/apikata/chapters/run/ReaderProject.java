package dev.apikata.chapters.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fresh copy of the project, as a reader has it after {@code git clone}: the shell blocks run in
 * it, so {@code ./kit hint} or a file a block writes never touches the real project. Its {@code kit}
 * is a small script that runs the kit jar of this build on the copy.
 */
public final class ReaderProject implements AutoCloseable {

    // Build output, version control, local tools and a maintainer's own progress stay behind.
    private static final Set<String> LEFT_OUT = Set.of("target", ".git", "node_modules", ".apikata-progress.json",
            ".idea", ".vscode");

    private final Path scratch;
    private final Path root;

    private ReaderProject(Path scratch, Path root) {
        this.scratch = scratch;
        this.root = root;
    }

    /** Copies {@code projectRoot} and puts the {@code ./kit} shim for {@code kitJar} in the copy. */
    public static ReaderProject copyOf(Path projectRoot, Path kitJar) {
        try {
            Path scratch = Files.createTempDirectory("apikata-doc-test");
            Path root = scratch.resolve("apikata");
            copyTree(projectRoot, root);
            Path kit = root.resolve("kit");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(kit, "#!/bin/sh\n# The doc tests' stand-in for the launcher: the kit jar of this build, on this copy.\n"
                    + "exec '" + java + "' -jar '" + kitJar.toAbsolutePath() + "' --project \"$(CDPATH='' cd -- \"$(dirname -- \"$0\")\" && pwd)\" \"$@\"\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(kit, PosixFilePermissions.fromString("rwxr-xr-x"));
            // What a terminal shows: curl prints no progress meter when its output goes to a terminal.
            Files.writeString(scratch.resolve(".curlrc"), "--no-progress-meter\n", StandardCharsets.UTF_8);
            return new ReaderProject(scratch, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the project: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** The folder of curl's configuration file ({@code CURL_HOME}). */
    public Path curlHome() {
        return scratch;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && LEFT_OUT.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!LEFT_OUT.contains(file.getFileName().toString()) && attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(scratch)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a test for.
        }
    }
}
