package dev.apikata.kit.watch;

import dev.apikata.kit.LocalizedMessages;
import dev.apikata.course.Task;
import dev.apikata.kit.project.ExerciseModule;
import java.util.Optional;

/** Draws what the learner sees in watch mode, as text. Pure: no I/O. */
final class WatchScreen {

    // A compiler or test message longer than this is cut: the first lines are the ones that help.
    private static final int MAX_MESSAGE_LINES = 25;

    private final LocalizedMessages text;
    private final ScreenStyle style;

    WatchScreen(LocalizedMessages text, ScreenStyle style) {
        this.text = text;
        this.style = style;
    }

    /** The status of the current task and its module; {@code note} (a hint, the list…) goes below it. */
    String render(CourseProgress progress, TaskRef current, Optional<String> note) {
        ExerciseModule module = current.module();
        Task task = current.task();
        var language = text.language();
        StringBuilder out = new StringBuilder();
        out.append(style.bold(text.get("header", module.id(), module.manifest().title().in(language)))).append('\n');
        out.append(text.get("task", task.id(), task.title().in(language))).append('\n');
        out.append(text.get("read", module.manifest().chapterLink(task, language))).append("\n\n");

        int moduleTotal = module.manifest().tasks().size();
        int moduleDone = progress.passedTasks(module);
        int courseTotal = progress.totalTasks();
        int courseDone = progress.passedTasks();
        int labelWidth = Math.max(width(text.get("bar.module")), width(text.get("bar.course")));
        out.append(pad(text.get("bar.module"), labelWidth)).append("  [").append(ProgressBar.of(moduleDone, moduleTotal))
                .append("]  ").append(moduleDone).append('/').append(moduleTotal).append('\n');
        out.append(pad(text.get("bar.course"), labelWidth)).append("  [").append(ProgressBar.of(courseDone, courseTotal))
                .append("]  ").append(courseDone).append('/').append(courseTotal).append("\n\n");

        Optional<ModuleStatus> status = progress.of(module);
        for (Task each : module.manifest().tasks()) {
            String marker = each.id().equals(task.id()) ? "> " : "  ";
            String symbol = status.map(s -> s.taskPassed(each.id())
                            ? style.green(text.get("status.pass")) : style.red(text.get("status.fail")))
                    .orElse(style.dim(text.get("status.unknown")));
            out.append(marker).append(symbol).append(' ').append(each.id()).append("  ")
                    .append(each.title().in(language)).append('\n');
        }
        out.append('\n');
        status.ifPresentOrElse(s -> appendFailure(out, s, task), () -> out.append(text.get("not.run")).append('\n'));
        note.ifPresent(n -> out.append('\n').append(n.strip()).append('\n'));
        return out.toString();
    }

    private void appendFailure(StringBuilder out, ModuleStatus status, Task current) {
        if (status.runProblem().isPresent()) {
            out.append(style.red(text.get("run.failed", status.module()))).append('\n');
            out.append(indent(status.runProblem().get())).append('\n');
            return;
        }
        if (status.compileError().isPresent()) {
            out.append(style.red(text.get("compile.error", status.module()))).append('\n');
            out.append(indent(status.compileError().get())).append('\n');
            return;
        }
        // The current task's failure first: it is what the learner is working on.
        Optional<TaskStatus> failure = status.task(current.id()).filter(t -> !t.passed())
                .or(() -> status.tasks().stream().filter(t -> !t.passed()).findFirst());
        failure.flatMap(TaskStatus::firstFailure).ifPresent(message -> {
            out.append(style.red(text.get("first.failure"))).append('\n');
            out.append(indent(message)).append('\n');
        });
    }

    private static String indent(String message) {
        String[] lines = message.strip().split("\\R");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, MAX_MESSAGE_LINES); i++) {
            out.append("  ").append(lines[i]).append('\n');
        }
        if (lines.length > MAX_MESSAGE_LINES) {
            out.append("  …\n");
        }
        return out.toString().stripTrailing();
    }

    /** The list of modules: done/total and a bar for each. */
    String moduleList(CourseProgress progress) {
        StringBuilder out = new StringBuilder(text.get("list.title")).append('\n');
        for (ExerciseModule module : progress.project().modules()) {
            String title = module.manifest().title().in(text.language());
            if (!progress.hasRun(module)) {
                out.append("  ").append(text.get("list.unknown", module.id(), title)).append('\n');
                continue;
            }
            int done = progress.passedTasks(module);
            int total = module.manifest().tasks().size();
            out.append("  ").append(text.get("list.row", module.id(), title, ProgressBar.of(done, total), done, total)).append('\n');
        }
        return out.toString();
    }

    // Japanese characters take two columns in a terminal.
    static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 && isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    private static String pad(String s, int targetWidth) {
        return s + " ".repeat(Math.max(0, targetWidth - width(s)));
    }
}
