package dev.apikata.kit.commands;

import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.reset.GitHistory;
import dev.apikata.kit.reset.RestoredFile;
import dev.apikata.kit.reset.StubRestorer;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kit reset <module|task>}: the original stub again, from git. A task puts back only its own
 * methods; a module puts back every stub file. The learner's version is kept beside each file.
 */
@Command(name = "reset", mixinStandardHelpOptions = true)
public final class ResetCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Parameters(paramLabel = "<module|task>", descriptionKey = "reset.target")
    private String target;

    @Override
    public Integer call() {
        Messages messages = kit.messages();
        Project project = kit.project();
        StubRestorer restorer = new StubRestorer(new GitHistory(project.root()), LocalDateTime.now());
        boolean task = project.task(target).isPresent();
        ExerciseModule module = task ? project.moduleOfTask(target).orElseThrow()
                : ModuleArgument.resolve(project, target, messages);
        if (!restorer.available()) {
            throw new KitException(messages.get("reset.noGit", project.root()));
        }
        List<RestoredFile> restored = task ? restorer.resetTask(module, target) : restorer.resetModule(module);
        report(project, restored, task ? target : module.name(), messages);
        return ExitCodes.OK;
    }

    private void report(Project project, List<RestoredFile> restored, String what, Messages messages) {
        PrintWriter out = kit.out();
        if (restored.isEmpty()) {
            out.println(messages.get("reset.nothing", what));
        } else {
            long changed = restored.stream().filter(file -> file.how() != RestoredFile.How.UNCHANGED).count();
            out.println(messages.get("reset.done", what, changed));
            for (RestoredFile file : restored) {
                String name = project.root().relativize(file.file()).toString();
                String how = messages.get("reset.how." + file.how().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), what);
                out.println("  " + name + "  " + how);
                file.backup().ifPresent(backup ->
                        out.println("    " + messages.get("reset.backup", project.root().relativize(backup))));
            }
        }
        out.flush();
    }
}
