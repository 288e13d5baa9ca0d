package dev.apikata.kit.commands;

import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;

/** Reads a module named on the command line: its folder name, its id, or the id of one of its tasks. */
final class ModuleArgument {

    private ModuleArgument() {
    }

    static ExerciseModule resolve(Project project, String argument, Messages messages) {
        return project.module(argument)
                .or(() -> project.moduleOfTask(argument))
                .orElseThrow(() -> new KitException(messages.get("error.unknownModule", argument,
                        String.join(", ", project.modules().stream().map(ExerciseModule::name).toList()))));
    }
}
