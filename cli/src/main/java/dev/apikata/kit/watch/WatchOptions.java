package dev.apikata.kit.watch;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How saves are noticed: shared by {@code kit watch} and {@code kit bench}, which measures the same thing. */
public final class WatchOptions {

    @Option(names = "--poll")
    boolean poll;

    @Option(names = "--poll-interval", defaultValue = "300", paramLabel = "MS")
    long pollIntervalMillis;

    @Option(names = "--debounce", defaultValue = "50", paramLabel = "MS")
    long debounceMillis;

    public Duration debounce() {
        return Duration.ofMillis(debounceMillis);
    }

    /** Polling when asked for or where notifications are known to fail; notifications otherwise. */
    public WatchMethod method(Path root) {
        return poll ? WatchMethod.POLL : WatchMethod.choose(root, WatchMethod.Platform.current());
    }

    public FileWatcher watcher(Path root) {
        PollingFileWatcher polling = new PollingFileWatcher(Duration.ofMillis(pollIntervalMillis));
        return method(root) == WatchMethod.POLL ? polling : new FallbackFileWatcher(new NativeFileWatcher(), polling);
    }
}
