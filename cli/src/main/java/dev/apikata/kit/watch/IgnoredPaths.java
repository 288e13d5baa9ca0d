package dev.apikata.kit.watch;

import java.nio.file.Path;
import java.util.Set;

/** Folders whose changes never mean "the learner saved something": build output and tool state. */
final class IgnoredPaths {

    private static final Set<String> IGNORED_FOLDERS = Set.of("target", ".git", ".idea", ".vscode", ".settings", "node_modules");

    private IgnoredPaths() {
    }

    static boolean isIgnoredFolder(Path folder) {
        Path name = folder.getFileName();
        return name != null && IGNORED_FOLDERS.contains(name.toString());
    }

    /** True when any folder between {@code root} and {@code path} is ignored. */
    static boolean isInsideIgnoredFolder(Path root, Path path) {
        Path relative = root.relativize(path);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (IGNORED_FOLDERS.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }
}
