package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FallbackFileWatcherTest {

    @TempDir
    Path root;

    /** What a Linux machine whose inotify watches are used up does. */
    private static final class ExhaustedWatcher implements FileWatcher {
        boolean closed;

        @Override
        public void start(Path root, Consumer<Path> onChange) throws IOException {
            throw new IOException("User limit of inotify watches reached");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void pollsWhenNotificationsCannotStart() throws Exception {
        ExhaustedWatcher exhausted = new ExhaustedWatcher();
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (FallbackFileWatcher watcher = new FallbackFileWatcher(exhausted, new PollingFileWatcher(Duration.ofMillis(20)))) {
            watcher.start(root, changes::add);
            Path file = Files.writeString(root.resolve("A.java"), "class A {}");

            assertThat(changes.poll(30, TimeUnit.SECONDS)).isEqualTo(file);
            assertThat(exhausted.closed).isTrue();
        }
    }
}
