package dev.apikata.kit.commands;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import dev.apikata.course.Localized;
import dev.apikata.course.Task;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.progress.CurrentTask;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.TaskResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kit hint [task]}: the next hint of the current (or the named) task, with the ones already
 * seen above it. The level reached is remembered, so the next call goes one step further.
 */
@Command(name = "hint", mixinStandardHelpOptions = true)
public final class HintCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Parameters(paramLabel = "<task>", arity = "0..1", descriptionKey = "hint.task")
    private String taskId;

    @Override
    public Integer call() {
        Messages messages = kit.messages();
        Project project = kit.project();
        ProgressStore progress = kit.progress();
        Optional<ExerciseModule> module;
        Task task;
        if (taskId == null) {
            Optional<CurrentTask> current = CurrentTask.find(project, kit.runner(), progress::record);
            if (current.isEmpty()) {
                kit.out().println(messages.get("hint.allDone"));
                return ExitCodes.OK;
            }
            module = Optional.of(current.get().module());
            task = current.get().task();
            // A module that does not compile passes no task: the compile error comes before any hint.
            current.get().result().compileErrors().stream().findFirst().ifPresent(error -> kit.out().println(
                    messages.get("hint.compileError", current.get().module().name(),
                            error.summary(project.root()))));
        } else {
            module = project.moduleOfTask(taskId);
            task = module.flatMap(found -> found.task(taskId)).orElseThrow(() ->
                    new KitException(messages.get("error.unknownTask", taskId)));
        }
        show(module.orElseThrow(), task, progress, messages, taskId != null);
        return ExitCodes.OK;
    }

    /** @param mayPass false for the current task, which by definition does not pass yet */
    private void show(ExerciseModule module, Task task, ProgressStore progress, Messages messages, boolean mayPass) {
        ExerciseManifest manifest = module.manifest();
        PrintWriter out = kit.out();
        Language language = messages.language();
        List<Localized> hints = task.hints();
        out.println(messages.get("hint.heading", task.id(), task.title().in(language)));
        if (hints.isEmpty()) {
            out.println(messages.get("hint.none"));
        } else {
            int level = Math.min(progress.load().hintLevel(task.id()) + 1, hints.size());
            progress.update(state -> state.withHintLevel(task.id(), level));
            for (int i = 0; i < level; i++) {
                out.println(messages.get("hint.level", i + 1, hints.size()) + " " + hints.get(i).in(language));
            }
            if (level < hints.size()) {
                out.println(messages.get("hint.more", task.id()));
            } else {
                boolean passes = mayPass && kit.runner().run(module, Implementation.STUBS).task(task.id())
                        .map(TaskResult::done).orElse(false);
                out.println(messages.get(passes ? "hint.last.passed" : "hint.last", task.id()));
            }
        }
        out.println(messages.get("hint.read", manifest.chapterLink(task, language)));
        out.flush();
    }
}
