/**
 * Watch mode ({@code ./kit}, {@code kit watch}): a {@link dev.apikata.kit.watch.FileWatcher} (native
 * notifications, or polling where they fail) feeds a {@link dev.apikata.kit.watch.SaveDebouncer};
 * the {@link dev.apikata.kit.watch.WatchSession} loop re-runs the saved module through a
 * {@link dev.apikata.kit.watch.ModuleTestRunner} (the {@link dev.apikata.kit.watch.IncrementalModuleRunner}
 * in the kit) and draws the status with its progress bars, hints and the first failure.
 */
package dev.apikata.kit.watch;
