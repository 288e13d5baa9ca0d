package dev.apikata.kit.grade;

import dev.apikata.course.Task;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.grade.LearnerReport.TestReport;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.mistakes.MistakeMatcher;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns one module's run into its report: points per task from the manifest, each task all or
 * nothing, the known mistakes of the pristine kit that the learner's failures match, and for a
 * module that did not compile, 0 points and the compiler's words.
 */
final class Scorer {

    private static final int COMPILE_ERRORS_SHOWN = 5;

    private final Project kit;

    /** @param kit the pristine kit, whose mistake catalogue the learner's failures are matched against */
    Scorer(Project kit) {
        this.kit = kit;
    }

    ModuleReport score(RunResult run, Path workspace) {
        String name = run.module().name();
        if (!run.compiled()) {
            String errors = run.compileErrors().stream().limit(COMPILE_ERRORS_SHOWN)
                    .map(error -> error.summary(workspace))
                    .collect(Collectors.joining("\n"));
            return new ModuleReport(name, errors, run.module().manifest().tasks().stream()
                    .map(task -> new TaskReport(task.id(), task.points(), List.of(), List.of())).toList());
        }
        MistakeCatalogue mistakes = kit.module(name).map(MistakeCatalogue::of)
                .orElseGet(() -> new MistakeCatalogue(run.module(), List.of()));
        List<TaskReport> tasks = run.module().manifest().tasks().stream()
                .map(task -> task(task, run, mistakes))
                .toList();
        return new ModuleReport(name, null, tasks);
    }

    private static TaskReport task(Task task, RunResult run, MistakeCatalogue mistakes) {
        List<TestReport> tests = run.tests().stream()
                .filter(test -> test.taskId().filter(task.id()::equals).isPresent())
                .map(Scorer::test)
                .toList();
        List<String> matched = MistakeMatcher.match(mistakes, run, task.id()).stream().map(KnownMistake::id).toList();
        return new TaskReport(task.id(), task.points(), tests, matched);
    }

    private static TestReport test(TestOutcome outcome) {
        return new TestReport(outcome.displayName(), outcome.status().name().toLowerCase(Locale.ROOT),
                outcome.kind() == FailureKind.NONE ? "" : outcome.kind().label(), outcome.message());
    }
}
