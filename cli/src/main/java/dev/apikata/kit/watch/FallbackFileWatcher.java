package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Native notifications, or polling when they cannot start (on Linux, for example, when the
 * system's limit of inotify watches is used up by an IDE or a file sync tool).
 */
final class FallbackFileWatcher implements FileWatcher {

    private final FileWatcher preferred;
    private final FileWatcher fallback;
    private FileWatcher active;

    FallbackFileWatcher(FileWatcher preferred, FileWatcher fallback) {
        this.preferred = preferred;
        this.fallback = fallback;
    }

    @Override
    public void start(Path root, Consumer<Path> onChange) throws IOException {
        try {
            preferred.start(root, onChange);
            active = preferred;
        } catch (IOException | RuntimeException e) {
            preferred.close();
            fallback.start(root, onChange);
            active = fallback;
        }
    }

    @Override
    public void close() {
        if (active != null) {
            active.close();
        }
    }
}
