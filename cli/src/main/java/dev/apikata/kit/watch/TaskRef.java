package dev.apikata.kit.watch;

import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;

/** A task together with the module that declares it. */
public record TaskRef(ExerciseModule module, Task task) {
}
