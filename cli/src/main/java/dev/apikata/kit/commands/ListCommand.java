package dev.apikata.kit.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.Messages;
import dev.apikata.kit.ProgressBar;
import dev.apikata.kit.TextTable;
import dev.apikata.kit.TextTable.Cell;
import dev.apikata.kit.progress.CourseStatus;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.RunResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kit list}: every module with its tasks done, a bar and its points, from a fresh run of the tests. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ListCommand implements Callable<Integer> {

    private static final int BAR = 10;

    @ParentCommand
    private Kit kit;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Messages messages = kit.messages();
        Project project = kit.project();
        ProgressStore progress = kit.progress();
        long toRun = project.modules().stream().filter(module -> !kit.runner().hasCachedResult(module)).count();
        if (toRun > 0) {
            kit.err().println(messages.get("list.running", toRun));
            kit.err().flush();
        }
        List<RunResult> runs = new ArrayList<>();
        for (ExerciseModule module : project.modules()) {
            RunResult run = kit.runner().run(module, Implementation.STUBS);
            progress.record(run);
            runs.add(run);
        }
        CourseStatus status = CourseStatus.of(runs, project.root(), messages.language());
        kit.out().print(json ? json(status) : table(status, messages));
        kit.out().flush();
        return ExitCodes.OK;
    }

    private String table(CourseStatus status, Messages messages) {
        TextTable table = new TextTable().header(messages.get("list.column.module"), messages.get("list.column.tasks"),
                messages.get("list.column.progress"), messages.get("list.column.points"));
        for (CourseStatus.ModuleStatus module : status.modules()) {
            String style = module.tasksTotal() > 0 && module.tasksDone() == module.tasksTotal() ? "green" : "";
            table.row(Cell.styled(module.id() + " " + module.title(), style),
                    Cell.plain(module.tasksDone() + "/" + module.tasksTotal()),
                    Cell.styled("[" + ProgressBar.of(module.tasksDone(), module.tasksTotal(), BAR) + "]", style),
                    Cell.plain(module.points() + "/" + module.pointsTotal()));
            module.compileError().ifPresent(error -> table.note(messages.get("list.compileError", error)));
        }
        table.row(Cell.styled(messages.get("list.total"), "bold"),
                Cell.plain(status.tasksDone() + "/" + status.tasksTotal()),
                Cell.plain("[" + ProgressBar.of(status.tasksDone(), status.tasksTotal(), BAR) + "]"),
                Cell.plain(status.points() + "/" + status.pointsTotal()));
        StringBuilder text = new StringBuilder(table.render(spec.commandLine().getColorScheme().ansi()));
        text.append(System.lineSeparator()).append(status.current()
                .map(task -> messages.get("list.current", task.taskId(), task.title()))
                .orElseGet(() -> messages.get("list.allDone"))).append(System.lineSeparator());
        return text.toString();
    }

    private static String json(CourseStatus status) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(status)
                    + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
