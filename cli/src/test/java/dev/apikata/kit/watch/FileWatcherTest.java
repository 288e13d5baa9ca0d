package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both watchers see edits, new files in new folders and deletions, and ignore build output. */
class FileWatcherTest {

    @TempDir
    Path root;

    static Stream<FileWatcher> watchers() {
        return Stream.of(new NativeFileWatcher(), new PollingFileWatcher(Duration.ofMillis(20)));
    }

    private static Path awaitChange(BlockingQueue<Path> changes, Path expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Path changed = changes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (expected.equals(changed)) {
                return changed;
            }
        }
        throw new AssertionError("no change reported for " + expected);
    }

    @ParameterizedTest
    @MethodSource("watchers")
    void reportsEditsNewFoldersAndDeletionsButNotBuildOutput(FileWatcher watcher) throws Exception {
        Path existing = Files.createDirectories(root.resolve("m/src")).resolve("A.java");
        Files.writeString(existing, "class A {}");
        Files.createDirectories(root.resolve("m/target"));
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (watcher) {
            watcher.start(root, changes::add);

            Files.writeString(existing, "class A { int x; }");
            awaitChange(changes, existing);

            // A new file in new folders, written before any watcher could register them.
            Path nested = Files.createDirectories(root.resolve("m/src/deep/er"));
            Path created = nested.resolve("B.java");
            Files.writeString(created, "class B {}");
            awaitChange(changes, created);

            Files.writeString(root.resolve("m/target/Out.class"), "compiled");
            Files.delete(existing);
            awaitChange(changes, existing);

            assertThat(changes).noneMatch(path -> path.toString().contains("target"));
        }
    }

    @ParameterizedTest
    @MethodSource("watchers")
    void reportsASaveOfTheSameLengthWithinOneTickOfTheFileClock(FileWatcher watcher) throws Exception {
        Path answer = Files.createDirectories(root.resolve("m/src")).resolve("A.java");
        Files.writeString(answer, "return 1;");
        FileTime tick = Files.getLastModifiedTime(answer);
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (watcher) {
            watcher.start(root, changes::add);

            // A fast second save: same size, and the file system's clock has not moved on.
            Files.writeString(answer, "return 2;");
            Files.setLastModifiedTime(answer, tick);

            awaitChange(changes, answer);
        }
    }
}
