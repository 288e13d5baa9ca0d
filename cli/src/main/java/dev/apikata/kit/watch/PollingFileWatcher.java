package dev.apikata.kit.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a tree by comparing snapshots (modification time and size of every file, and the
 * content of files modified in the last seconds) at a fixed interval. Slower than notifications but works everywhere: on macOS (where the JDK's own watcher
 * polls every few seconds), on WSL's Windows drives and on network file systems, which send no
 * notifications at all.
 */
public final class PollingFileWatcher implements FileWatcher {

    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private Map<Path, FileStamp> last = Map.of();

    public PollingFileWatcher(Duration interval) {
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public void start(Path root, Consumer<Path> onChange) throws IOException {
        last = snapshot(root);
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kit-file-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> poll(root, onChange),
                interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Path root, Consumer<Path> onChange) {
        Map<Path, FileStamp> now;
        try {
            now = snapshot(root);
        } catch (IOException | UncheckedIOException e) {
            return; // a folder vanished mid-walk; the next round sees the settled tree
        }
        for (Path changed : differences(last, now)) {
            onChange.accept(changed);
        }
        last = now;
    }

    /** Files added, removed or changed between two snapshots. */
    static Set<Path> differences(Map<Path, FileStamp> before, Map<Path, FileStamp> after) {
        Set<Path> changed = new HashSet<>();
        after.forEach((path, stamp) -> {
            if (!stamp.sameAs(before.get(path))) {
                changed.add(path);
            }
        });
        for (Path path : before.keySet()) {
            if (!after.containsKey(path)) {
                changed.add(path);
            }
        }
        return changed;
    }

    static Map<Path, FileStamp> snapshot(Path root) throws IOException {
        Map<Path, FileStamp> stamps = new HashMap<>();
        long now = System.currentTimeMillis();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && IgnoredPaths.isIgnoredFolder(dir)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                stamps.put(file, FileStamp.of(file, attrs, now));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while we walked
                }
                throw e;
            }
        });
        return stamps;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
