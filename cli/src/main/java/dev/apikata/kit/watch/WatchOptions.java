package dev.apikata.kit.watch;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How saves are noticed: shared by {@code kit watch} and {@code kit bench}, which measures the same thing. */
public final class WatchOptions {

    @Option(names = "--poll", description = {
        "Notice saves by polling (picked automatically on macOS, WSL /mnt drives and network file systems).",
        "ポーリングで保存を検出します（macOS、WSL の /mnt 配下、ネットワークドライブでは自動で選ばれます）。"})
    boolean poll;

    @Option(names = "--poll-interval", defaultValue = "300", paramLabel = "MS",
            description = {"Polling interval in milliseconds (default: ${DEFAULT-VALUE}).",
                "ポーリング間隔（ミリ秒、既定値 ${DEFAULT-VALUE}）。"})
    long pollIntervalMillis;

    @Option(names = "--debounce", defaultValue = "50", paramLabel = "MS",
            description = {"Wait this long after the last change before re-running (default: ${DEFAULT-VALUE}).",
                "最後の変更からこの時間待ってから再実行します（ミリ秒、既定値 ${DEFAULT-VALUE}）。"})
    long debounceMillis;

    public Duration debounce() {
        return Duration.ofMillis(debounceMillis);
    }

    /** Polling when asked for or where notifications are known to fail; notifications otherwise. */
    public WatchMethod method(Path root) {
        return poll ? WatchMethod.POLL : WatchMethod.choose(root, WatchMethod.Platform.current());
    }

    public FileWatcher watcher(Path root) {
        return method(root) == WatchMethod.POLL ? new PollingFileWatcher(Duration.ofMillis(pollIntervalMillis))
                : new NativeFileWatcher();
    }
}
