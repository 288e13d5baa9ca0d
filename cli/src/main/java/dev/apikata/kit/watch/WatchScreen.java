package dev.apikata.kit.watch;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.ProgressBar;
import dev.apikata.kit.TextTable;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.project.ExerciseModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws what the learner sees in watch mode, as text that fits the terminal: the title, the task
 * and its chapter section, the progress, the module's tasks, then as much of the first failure and
 * of the note (a hint, a message) as the rows allow. Pure: no I/O.
 */
final class WatchScreen {

    private static final int BAR = 20;
    // A failure keeps at least this many lines when a hint shares the screen with it.
    private static final int MIN_FAILURE_LINES = 4;
    private static final int MIN_FAILURE_LINES_UNDER_NOTE = 3;
    private static final int MIN_NOTE_LINES = 4;

    private final LocalizedMessages text;
    private final ScreenStyle style;

    WatchScreen(LocalizedMessages text, ScreenStyle style) {
        this.text = text;
        this.style = style;
    }

    /**
     * The status of the current task and its module; {@code note} (a hint, a message) goes below the
     * failure, {@code footer} (what runs now, the keys) last.
     */
    String render(CourseProgress progress, TaskRef current, Optional<String> note, List<String> footer,
            TerminalSize size) {
        ExerciseModule module = current.module();
        Task task = current.task();
        Language language = text.language();
        List<String> head = new ArrayList<>();
        head.add(style.bold(text.get("header", module.id(), module.manifest().title().in(language))));
        head.add(text.get("task", task.id(), task.title().in(language)));
        head.add(text.get("read", module.manifest().chapterLink(task, language)));

        int moduleTotal = module.manifest().tasks().size();
        int moduleDone = progress.passedTasks(module);
        int courseTotal = progress.totalTasks();
        int courseDone = progress.passedTasks();
        String moduleBar = text.get("bar.module");
        String courseBar = text.get("bar.course");
        int labelWidth = Math.max(TextTable.width(moduleBar), TextTable.width(courseBar));
        List<String> bars = List.of(
                pad(moduleBar, labelWidth) + "  [" + ProgressBar.of(moduleDone, moduleTotal, BAR) + "]  " + moduleDone + "/" + moduleTotal,
                pad(courseBar, labelWidth) + "  [" + ProgressBar.of(courseDone, courseTotal, BAR) + "]  " + courseDone + "/" + courseTotal);

        Optional<ModuleStatus> status = progress.of(module);
        List<String> tasks = new ArrayList<>();
        for (Task each : module.manifest().tasks()) {
            String marker = each.id().equals(task.id()) ? "> " : "  ";
            tasks.add(marker + symbol(status, each) + ' ' + each.id() + "  " + each.title().in(language));
        }
        status.filter(ModuleStatus::stale).ifPresent(s -> tasks.add(style.dim(text.get("stale"))));

        List<String> failure = wrapped(status.map(s -> failure(s, module, task)).orElseGet(() -> List.of(text.get("not.run"))), size);
        List<String> noteLines = wrapped(note.map(WatchScreen::lines).orElse(List.of()), size);

        // Everything on one screen: the top stays put, the failure and the note give way.
        List<String> top = new ArrayList<>(head);
        top.add("");
        top.addAll(bars);
        top.add("");
        top.addAll(tasks);
        // A hint the learner asked for needs a few rows of its own, the failure above it some too.
        int noteNeeds = noteLines.isEmpty() ? 0 : 1 + Math.min(MIN_NOTE_LINES, rows(noteLines, size));
        if (rows(top, size) + 2 + rows(footer, size) + MIN_FAILURE_LINES + noteNeeds > size.rows() - 1) {
            top = new ArrayList<>(head);
            top.add(bars.get(0).strip() + "   " + bars.get(1).strip());
            top.addAll(tasks);
        }
        int room = size.rows() - 1 - rows(top, size) - rows(footer, size) - 1 - (noteLines.isEmpty() ? 0 : 1);
        int failureRoom = noteLines.isEmpty() ? room : Math.max(Math.min(MIN_FAILURE_LINES_UNDER_NOTE, rows(failure, size)),
                room - rows(noteLines, size));
        List<String> out = new ArrayList<>(top);
        out.add("");
        out.addAll(fit(failure, failureRoom, size));
        if (!noteLines.isEmpty()) {
            out.add("");
            out.addAll(fitLast(noteLines, room - Math.min(failureRoom, rows(failure, size)), size));
        }
        out.addAll(footer);
        return String.join("\n", out) + "\n";
    }

    private String symbol(Optional<ModuleStatus> status, Task task) {
        if (status.isEmpty()) {
            return style.dim(text.get("status.unknown"));
        }
        String symbol = status.get().taskPassed(task.id()) ? style.green(text.get("status.pass"))
                : style.red(text.get("status.fail"));
        return status.get().stale() ? style.dim(text.get(status.get().taskPassed(task.id()) ? "status.pass" : "status.fail"))
                : symbol;
    }

    private List<String> failure(ModuleStatus status, ExerciseModule module, Task current) {
        List<String> out = new ArrayList<>();
        if (status.runProblem().isPresent()) {
            out.add(style.red(text.get("run.failed", status.module())));
            out.addAll(indented(status.runProblem().get()));
        } else if (status.compileError().isPresent()) {
            out.add(style.red(text.get("compile.error", status.module())));
            out.addAll(indented(status.compileError().get()));
        } else {
            // The current task's failure first: it is what the learner is working on.
            Optional<TaskStatus> failing = status.task(current.id()).filter(t -> !t.passed())
                    .or(() -> status.tasks().stream().filter(t -> !t.passed()).findFirst());
            failing.ifPresent(task -> {
                // A known mistake says what went wrong better than the failure; it comes first.
                Language language = text.language();
                for (KnownMistake mistake : task.knownMistakes()) {
                    out.add(style.bold(text.get("known.mistake", mistake.explain().in(language))));
                    module.task(task.taskId()).ifPresent(found -> out.add("  " + text.get("known.mistake.read",
                            module.manifest().chapter().in(language) + "#" + mistake.sectionOverride().orElse(found.section()))));
                }
                task.firstFailure().ifPresent(message -> {
                    out.add(style.red(text.get("first.failure", task.taskId())));
                    out.addAll(indented(message));
                });
            });
        }
        status.notices().forEach(notice -> out.add(style.dim(notice)));
        return out;
    }

    /** The list of every task of the course, module by module, with the cursor on {@code selected}. */
    String taskList(CourseProgress progress, List<TaskRef> tasks, int selected, boolean lineInput, List<String> footer,
            TerminalSize size) {
        Language language = text.language();
        List<String> rows = new ArrayList<>();
        int selectedRow = 0;
        ExerciseModule module = null;
        for (int i = 0; i < tasks.size(); i++) {
            TaskRef ref = tasks.get(i);
            if (!ref.module().equals(module)) {
                module = ref.module();
                String title = module.manifest().title().in(language);
                rows.add(style.bold(progress.hasRun(module)
                        ? text.get("list.module", module.id(), title, progress.passedTasks(module), module.manifest().tasks().size())
                        : text.get("list.unknown", module.id(), title)));
            }
            String marker = i == selected ? "> " : "  ";
            if (i == selected) {
                selectedRow = rows.size();
            }
            rows.add(marker + symbol(progress.of(ref.module()), ref.task()) + ' ' + ref.task().id() + "  "
                    + ref.task().title().in(language));
        }
        List<String> out = new ArrayList<>();
        out.add(style.bold(text.get(lineInput ? "list.title.lines" : "list.title")));
        // A window that keeps the selected task in view.
        int room = Math.max(3, size.rows() - 1 - 1 - rows(footer, size));
        int from = Math.max(0, Math.min(selectedRow - room / 2, rows.size() - room));
        out.addAll(rows.subList(from, Math.min(rows.size(), from + room)));
        out.addAll(footer);
        return String.join("\n", out) + "\n";
    }

    // Messages come with blank lines to spare (WireMock's reports): one blank line is enough.
    private static List<String> indented(String message) {
        List<String> out = new ArrayList<>();
        for (String line : lines(message)) {
            out.add(line.isEmpty() ? "" : "  " + line);
        }
        return out;
    }

    // Prose wraps between words here; the terminal would cut words in two.
    private static List<String> wrapped(List<String> lines, TerminalSize size) {
        if (size.columns() == Integer.MAX_VALUE) {
            return lines;
        }
        return lines.stream().flatMap(line -> LineWrap.wrap(line, size.columns()).stream()).toList();
    }

    static List<String> lines(String message) {
        List<String> out = new ArrayList<>();
        for (String line : message.strip().split("\\R")) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
                continue;
            }
            out.add(trimmed);
        }
        return out;
    }

    // The first lines that fit in {@code room} rows, and how many lines did not.
    private List<String> fit(List<String> lines, int room, TerminalSize size) {
        if (rows(lines, size) <= room) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String line : lines) {
            int needs = size.rowsFor(TextTable.width(ScreenStyle.withoutEscapes(line)));
            if (used + needs > room - 1) {
                break;
            }
            out.add(line);
            used += needs;
        }
        out.add(style.dim(text.get("more.lines", lines.size() - out.size())));
        return out;
    }

    // The last lines that fit in {@code room} rows (the newest hint level is at the end), and how many did not.
    private List<String> fitLast(List<String> lines, int room, TerminalSize size) {
        if (rows(lines, size) <= room) {
            return lines;
        }
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            int needs = size.rowsFor(TextTable.width(ScreenStyle.withoutEscapes(lines.get(i))));
            if (used + needs > room - 1) {
                break;
            }
            kept.add(0, lines.get(i));
            used += needs;
        }
        kept.add(0, style.dim(text.get("more.lines.above", lines.size() - kept.size())));
        return kept;
    }

    private static int rows(List<String> lines, TerminalSize size) {
        return lines.stream().mapToInt(line -> size.rowsFor(TextTable.width(ScreenStyle.withoutEscapes(line)))).sum();
    }

    private static String pad(String s, int targetWidth) {
        return s + " ".repeat(Math.max(0, targetWidth - TextTable.width(s)));
    }
}
