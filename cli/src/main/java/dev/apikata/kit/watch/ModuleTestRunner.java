package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;

/** Compiles one module and runs its tests, reporting each task: what watch mode does on every save. */
@FunctionalInterface
public interface ModuleTestRunner {

    ModuleStatus run(ExerciseModule module);
}
