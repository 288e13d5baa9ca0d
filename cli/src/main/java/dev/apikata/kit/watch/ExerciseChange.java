package dev.apikata.kit.watch;

import java.nio.file.Path;
import java.util.Optional;

/** Which exercise module a changed file belongs to, if the change is one the learner made to an exercise. */
final class ExerciseChange {

    private ExerciseChange() {
    }

    /**
     * The module folder name for a change under {@code exercises/}: a source file below
     * {@code <module>/src/} or the module's {@code exercise.yaml}. Build output, editor swap files
     * and anything else is not a save worth a re-run.
     */
    static Optional<String> moduleOf(Path exercisesRoot, Path changed) {
        if (!changed.startsWith(exercisesRoot)) {
            return Optional.empty();
        }
        Path relative = exercisesRoot.relativize(changed);
        if (relative.getNameCount() < 2) {
            return Optional.empty();
        }
        String module = relative.getName(0).toString();
        String second = relative.getName(1).toString();
        if (relative.getNameCount() == 2) {
            return second.equals("exercise.yaml") ? Optional.of(module) : Optional.empty();
        }
        if (!second.equals("src") || isEditorScratch(relative.getFileName().toString())) {
            return Optional.empty();
        }
        return Optional.of(module);
    }

    // Swap, backup and lock files that editors write next to the file being edited.
    private static boolean isEditorScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#"));
    }
}
