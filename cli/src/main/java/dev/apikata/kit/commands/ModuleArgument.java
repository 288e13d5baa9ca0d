package dev.apikata.kit.commands;

import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.util.function.Supplier;

/** Reads a module named on the command line: its folder name, its id, or the id of one of its tasks. */
final class ModuleArgument {

    private ModuleArgument() {
    }

    static ExerciseModule resolve(Project project, String argument, Messages messages) {
        return project.module(argument)
                .or(() -> project.moduleOfTask(argument))
                .orElseThrow(() -> notHere(project, argument, messages, () -> new KitException(
                        messages.get("error.unknownModule", argument,
                                String.join(", ", project.modules().stream().map(ExerciseModule::name).toList())))));
    }

    /**
     * Why {@code argument} names nothing this JDK can run: a module (or task of one) that needs a newer
     * JDK says which, anything else gets {@code unknown}.
     */
    static KitException notHere(Project project, String argument, Messages messages, Supplier<KitException> unknown) {
        return project.needingNewerJava(argument)
                .map(skipped -> new KitException(messages.get("error.skippedModule", skipped.name(),
                        skipped.manifest().requiresJava(), Runtime.version().feature())))
                .orElseGet(unknown);
    }
}
