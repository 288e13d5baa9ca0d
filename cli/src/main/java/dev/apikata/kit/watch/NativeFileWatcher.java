package dev.apikata.kit.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches a tree with the operating system's notifications (inotify on Linux, ReadDirectoryChangesW
 * on Windows). The JDK watches one folder per key, so every folder is registered, and folders created
 * later are registered as they appear.
 */
public final class NativeFileWatcher implements FileWatcher {

    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private WatchService service;
    private Thread thread;
    private Path root;

    @Override
    public void start(Path root, Consumer<Path> onChange) throws IOException {
        this.root = root;
        service = root.getFileSystem().newWatchService();
        registerTree(root);
        thread = new Thread(() -> loop(onChange), "kit-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Path> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        // Too many events at once: say "something changed here" rather than lose the save.
                        if (folder != null) {
                            onChange.accept(folder);
                        }
                        continue;
                    }
                    if (folder == null) {
                        continue;
                    }
                    Path changed = folder.resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed) && !IgnoredPaths.isIgnoredFolder(changed)) {
                        registerQuietly(changed);
                        // Files may have landed in the new folder before it was registered (a paste, a git checkout).
                        reportFilesIn(changed, onChange);
                    }
                    if (!IgnoredPaths.isInsideIgnoredFolder(root, changed)) {
                        onChange.accept(changed);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: nothing more to watch
        }
    }

    private void reportFilesIn(Path folder, Consumer<Path> onChange) {
        try (var files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(onChange);
        } catch (IOException | UncheckedIOException e) {
            // gone again: nothing to report
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // The folder vanished again before we could watch it; its parent still reports it.
        }
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && IgnoredPaths.isIgnoredFolder(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing is best effort
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
