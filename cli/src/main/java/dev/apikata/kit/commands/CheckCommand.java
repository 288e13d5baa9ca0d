package dev.apikata.kit.commands;

import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.TextTable;
import dev.apikata.kit.TextTable.Cell;
import dev.apikata.kit.check.Breach;
import dev.apikata.kit.check.CourseCheck;
import dev.apikata.kit.check.HandedOutStubs;
import dev.apikata.kit.check.Invariant;
import dev.apikata.kit.check.InvariantResult;
import dev.apikata.kit.check.ModuleCheck;
import dev.apikata.kit.check.ParallelCheck;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.reset.GitHistory;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.reset.StubRestorer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kit check}: the course invariants, one row per module, for maintainers and CI. In a project
 * where a learner solved tasks, the stubs as handed out are checked, not the learner's code; a
 * learner copy (no solutions) is told that this is a maintainer command.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<module>", arity = "0..*", descriptionKey = "check.modules")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--record-mistakes", descriptionKey = "check.recordMistakes")
    private boolean recordMistakes;

    @Option(names = "--jobs", paramLabel = "<n>", descriptionKey = "check.jobs")
    private int jobs = defaultJobs();

    @Override
    public Integer call() {
        Messages messages = kit.messages();
        Project project = kit.project();
        if (project.isLearnerCopy()) {
            kit.err().println(messages.get("check.learnerCopy"));
            return ExitCodes.ERROR;
        }
        if (jobs < 1) {
            throw new KitException(messages.get("check.badJobs", jobs));
        }
        kit.reportSkippedModules();
        StubRestorer git = new StubRestorer(new GitHistory(project.root()), LocalDateTime.now());
        HandedOutStubs handedOut = new HandedOutStubs(git);
        List<ParallelCheck.Item> items = new ArrayList<>();
        List<Path> solvedFiles = new ArrayList<>();
        for (ExerciseModule module : selected(project, messages)) {
            // A learner's solved tasks are not a broken course: check the stubs as handed out.
            HandedOutStubs.Selection stubs = handedOut.of(module);
            solvedFiles.addAll(stubs.fromGit());
            items.add(new ParallelCheck.Item(module, stubs.sources()));
        }
        List<ModuleCheck> results = checkAll(items, project, messages);
        if (results.isEmpty() && !modules.isEmpty()) {
            return ExitCodes.OK;   // only modules this JDK skips were named, each already told in one line
        }
        kit.out().print(render(results, messages));
        if (!solvedFiles.isEmpty()) {
            kit.out().println(messages.get("check.handedOut", solvedFiles.size(), String.join(", ",
                    solvedFiles.stream().map(file -> project.root().relativize(file).toString()).toList())));
        } else if (!git.available() && results.stream().anyMatch(CheckCommand::passesOnStubs)) {
            kit.out().println(messages.get("check.noGit.passing"));
        }
        long breached = results.stream().filter(result -> !result.passed()).count();
        kit.out().println(breached == 0
                ? messages.get("check.summary.ok", results.size())
                : messages.get("check.summary.breached", breached, results.size()));
        kit.out().flush();
        return breached == 0 ? ExitCodes.OK : ExitCodes.NOT_PASSING;
    }

    // The kit's runner is the first lane; every other lane gets a runner (and test worker) of its own.
    private List<ModuleCheck> checkAll(List<ParallelCheck.Item> items, Project project, Messages messages) {
        List<ModuleRunner> ownRunners = new ArrayList<>();
        try {
            List<CourseCheck> lanes = new ArrayList<>(List.of(new CourseCheck(kit.runner(), project.root(), recordMistakes)));
            // As many lanes as jobs, even for one module: the others try its known mistakes beside it.
            for (int lane = 1; lane < jobs; lane++) {
                ModuleRunner runner = kit.newRunner();
                ownRunners.add(runner);
                lanes.add(new CourseCheck(runner, project.root(), recordMistakes));
            }
            return new ParallelCheck(lanes).check(items, module -> {
                synchronized (kit.err()) {
                    kit.err().println(messages.get("check.progress", module.name()));
                    kit.err().flush();
                }
            });
        } finally {
            ownRunners.forEach(ModuleRunner::close);
        }
    }

    // Two lanes keep two cores busy (one compiles while the other tests); more would only compete.
    private static int defaultJobs() {
        return Math.min(2, Runtime.getRuntime().availableProcessors());
    }

    private static boolean passesOnStubs(ModuleCheck result) {
        return result.results().stream().flatMap(invariant -> invariant.details().stream())
                .anyMatch(breach -> breach.kind() == Breach.Kind.PASSES_ON_STUBS);
    }

    private List<ExerciseModule> selected(Project project, Messages messages) {
        if (modules.isEmpty()) {
            return project.modules();
        }
        // A module this JDK cannot build was named in the one line Kit prints: nothing to check here.
        return modules.stream()
                .filter(name -> project.needingNewerJava(name).isEmpty())
                .map(name -> project.module(name).orElseThrow(() ->
                        new KitException(messages.get("error.unknownModule", name, names(project)))))
                .toList();
    }

    private static String names(Project project) {
        return String.join(", ", project.modules().stream().map(ExerciseModule::name).toList());
    }

    private String render(List<ModuleCheck> results, Messages messages) {
        TextTable table = new TextTable();
        List<String> headers = new ArrayList<>(List.of(messages.get("check.column.module")));
        for (Invariant invariant : Invariant.values()) {
            headers.add(messages.get("check.column." + key(invariant)));
        }
        table.header(headers.toArray(String[]::new));
        for (ModuleCheck result : results) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.plain(result.module())));
            result.results().forEach(invariant -> cells.add(cell(invariant, messages)));
            table.row(cells.toArray(Cell[]::new));
            for (InvariantResult invariant : result.results()) {
                for (Breach breach : invariant.details()) {
                    table.note(messages.get("check.column." + key(invariant.invariant())) + ": "
                            + messages.get(breach.kind().messageKey(), breach.subject()));
                }
            }
        }
        return table.render(spec.commandLine().getColorScheme().ansi());
    }

    private static Cell cell(InvariantResult result, Messages messages) {
        String count = result.count().isEmpty() ? "" : " " + result.count();
        return switch (result.verdict()) {
            case HOLDS -> Cell.styled(messages.get("check.holds") + count, "green");
            case BREACHED -> Cell.styled(messages.get("check.breached") + count, "red,bold");
            case NOT_CHECKED -> Cell.styled(messages.get("check.notChecked"), "faint");
        };
    }

    private static String key(Invariant invariant) {
        return invariant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
