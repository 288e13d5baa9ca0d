package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;

/**
 * Compiles one module and runs its tests, reporting each task: what watch mode does on every save.
 * Watch mode calls it on a thread of its own and interrupts that thread to cancel a run that a newer
 * save made pointless; a cancelled run throws {@link dev.apikata.kit.runner.RunCancelledException}.
 */
@FunctionalInterface
public interface ModuleTestRunner {

    ModuleStatus run(ExerciseModule module);

    /** Gets ready to run soon (starts test workers); called once when watch mode opens. */
    default void warm() {
    }

    /** Gets ready to run {@code module} quickly (compiles it), while the learner reads the first screen. */
    default void prepare(ExerciseModule module) {
    }
}
