package dev.apikata.kit.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the project inside what a learner handed in: the folder itself, or the one folder a
 * download wraps it in ({@code apikata-alice-main/} in a GitHub Classroom zip), a few levels deep at
 * most. The project is the first folder, breadth first, with an {@code exercises/} folder.
 */
final class LearnerCopy {

    private static final int MAX_DEPTH = 3;

    private LearnerCopy() {
    }

    static Optional<Path> projectIn(Path folder) {
        Deque<Path> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(folder);
        depths.add(0);
        while (!queue.isEmpty()) {
            Path dir = queue.removeFirst();
            int depth = depths.removeFirst();
            if (Files.isDirectory(dir.resolve("exercises"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
            if (depth == MAX_DEPTH) {
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                for (Path child : children.sorted().toList()) {
                    String name = child.getFileName().toString();
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")
                            && !name.equals("target") && !name.equals("node_modules")) {
                        queue.addLast(child);
                        depths.addLast(depth + 1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }
}
