package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reports files that change under a folder tree. Implementations call the listener from their own
 * thread, once per changed path, possibly several times for one save (editors write in steps).
 */
public interface FileWatcher extends AutoCloseable {

    /** Starts watching {@code root} and everything below it; returns once watching has begun. */
    void start(Path root, Consumer<Path> onChange) throws IOException;

    @Override
    void close();
}
