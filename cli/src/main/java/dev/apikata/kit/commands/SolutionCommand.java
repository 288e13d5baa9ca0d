package dev.apikata.kit.commands;

import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kit solution <module>}: the reference solution's files, once the learner's own code passes
 * every test of the module; earlier only with {@code --force}, after a warning.
 */
@Command(name = "solution", mixinStandardHelpOptions = true)
public final class SolutionCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

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
