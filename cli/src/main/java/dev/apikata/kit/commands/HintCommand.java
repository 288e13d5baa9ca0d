package dev.apikata.kit.commands;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import dev.apikata.course.Localized;
import dev.apikata.course.Task;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.mistakes.MistakeMatcher;
import dev.apikata.kit.progress.CurrentTask;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.RunResult;
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
 * seen above it. The level reached is remembered, so the next call goes one step further. When the
 * learner's failures match a known mistake of the task, its explanation comes first.
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
        ExerciseModule module;
        Task task;
        RunResult run;
        if (taskId == null) {
            Optional<CurrentTask> current = CurrentTask.find(project, kit.runner(), progress::record);
            if (current.isEmpty()) {
                kit.out().println(messages.get("hint.allDone"));
                return ExitCodes.OK;
            }
            module = current.get().module();
            task = current.get().task();
            run = current.get().result();
        } else {
            module = project.moduleOfTask(taskId).orElseThrow(() ->
                    new KitException(messages.get("error.unknownTask", taskId)));
            task = module.task(taskId).orElseThrow();
            run = kit.runner().run(module, Implementation.STUBS);
            progress.record(run);
        }
        // A module that does not compile passes no task: the compile error comes before any hint.
        run.compileErrors().stream().findFirst().ifPresent(error -> kit.out().println(
                messages.get("hint.compileError", module.name(), error.summary(project.root()))));
        show(module, task, run, progress, messages);
        return ExitCodes.OK;
    }

    private void show(ExerciseModule module, Task task, RunResult run, ProgressStore progress, Messages messages) {
        PrintWriter out = kit.out();
        Language language = messages.language();
        ExerciseManifest manifest = module.manifest();
        List<Localized> hints = task.hints();
        out.println(messages.get("hint.heading", task.id(), task.title().in(language)));
        // A known mistake explains this learner's failures better than any general hint.
        for (KnownMistake mistake : MistakeMatcher.match(MistakeCatalogue.of(module), run, task.id())) {
            out.println(messages.get("hint.knownMistake", mistake.explain().in(language)));
            out.println(messages.get("hint.knownMistake.read", manifest.chapter().in(language) + "#"
                    + mistake.sectionOverride().orElse(task.section())));
        }
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
                boolean passes = run.task(task.id()).map(TaskResult::done).orElse(false);
                out.println(messages.get(passes ? "hint.last.passed" : "hint.last", task.id()));
            }
        }
        out.println(messages.get("hint.read", manifest.chapterLink(task, language)));
        out.flush();
    }
}
