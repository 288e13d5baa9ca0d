package dev.apikata.kit.commands;

import dev.apikata.course.Task;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.reset.GitHistory;
import dev.apikata.kit.reset.StubRestorer;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.solution.TaskSolution;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kit solution <task|module>}: for a task, its reference methods beside the learner's own (a
 * diff), once the task passes; for a module, the reference solution's files, once the module passes.
 * Earlier only with {@code --force}, after a warning.
 */
@Command(name = "solution", mixinStandardHelpOptions = true)
public final class SolutionCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<module>", descriptionKey = "solution.module")
    private String moduleName;

    @Option(names = "--force")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        Messages messages = kit.messages();
        Project project = kit.project();
        ExerciseModule module = ModuleArgument.resolve(project, moduleName, messages);
        if (!module.hasSolutions()) {
            throw new KitException(messages.get("solution.absent", module.name()));
        }
        RunResult run = kit.runner().run(module, Implementation.STUBS);
        kit.progress().record(run);
        Optional<Task> task = module.task(moduleName);
        if (task.isPresent()) {
            return showTask(project, module, task.get(), run, messages);
        }
        if (!run.allPassed()) {
            String done = run.tasksDone() + "/" + run.tasks().size();
            if (!force) {
                kit.err().println(messages.get("solution.notYet", module.name(), done, module.id()));
                return ExitCodes.NOT_PASSING;
            }
            kit.err().println(messages.get("solution.forced", module.name(), done));
            kit.err().flush();
        }
        print(project.root(), module.solutionSources());
        return ExitCodes.OK;
    }

    private int showTask(Project project, ExerciseModule module, Task task, RunResult run, Messages messages)
            throws IOException {
        TaskResult result = run.task(task.id()).orElseThrow();
        if (!result.done()) {
            if (!force) {
                kit.err().println(messages.get("solution.task.notYet", task.id(), result.passed() + "/" + result.total()));
                return ExitCodes.NOT_PASSING;
            }
            kit.err().println(messages.get("solution.task.forced", task.id()));
            kit.err().flush();
        }
        StubRestorer stubs = new StubRestorer(new GitHistory(project.root()), LocalDateTime.now());
        TaskSolution.Listing listing = stubs.available() ? TaskSolution.of(module, task.id(), stubs)
                : new TaskSolution.Listing(List.of(), List.of());
        PrintWriter out = kit.out();
        if (listing.methods().isEmpty()) {
            out.println(messages.get("solution.task.noHistory", task.id(), module.name()));
            print(project.root(), module.solutionSources());
            return ExitCodes.OK;
        }
        Ansi ansi = spec.commandLine().getColorScheme().ansi();
        out.println(messages.get("solution.task.heading", task.id(), task.title().in(messages.language())));
        for (TaskSolution.MethodDiff method : listing.methods()) {
            out.println();
            out.println(messages.get("solution.task.method", project.root().relativize(method.learnerFile()),
                    project.root().relativize(method.referenceFile()), method.method()));
            method.rendered().forEach(line -> out.println(colored(ansi, line)));
        }
        if (!listing.helpers().isEmpty()) {
            out.println();
            out.println(messages.get("solution.task.helpers"));
            for (TaskSolution.Helper helper : listing.helpers()) {
                out.println();
                out.println("+++ " + project.root().relativize(helper.referenceFile()) + "  " + helper.method());
                helper.text().lines().forEach(line -> out.println(colored(ansi, "+ " + line)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String colored(Ansi ansi, String line) {
        String style = line.startsWith("-") ? "red" : line.startsWith("+") ? "green" : "";
        // picocli's markup would read a "|@" in the code as its own; such a line stays plain.
        return style.isEmpty() || line.contains("|@") || line.contains("@|") ? line : ansi.string("@|" + style + " " + line + "|@");
    }

    private void print(Path root, Path sources) throws IOException {
        PrintWriter out = kit.out();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            out.println("==> " + root.relativize(file) + " <==");
            out.println(Files.readString(file, StandardCharsets.UTF_8).stripTrailing());
            out.println();
        }
        out.flush();
    }
}
