package dev.apikata.kit;

import dev.apikata.course.Language;
import dev.apikata.kit.bench.BenchCommand;
import dev.apikata.kit.commands.CheckCommand;
import dev.apikata.kit.commands.HintCommand;
import dev.apikata.kit.commands.ListCommand;
import dev.apikata.kit.commands.ResetCommand;
import dev.apikata.kit.commands.SolutionCommand;
import dev.apikata.kit.dist.DistCommand;
import dev.apikata.kit.grade.GradeCommand;
import dev.apikata.kit.jshell.JShellCommand;
import dev.apikata.kit.offline.PrefetchCommand;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.CachingRunner;
import dev.apikata.kit.runner.MissingCompilerException;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.ResultCache;
import dev.apikata.kit.serve.ServeCommand;
import dev.apikata.kit.watch.WatchCommand;
import dev.apikata.kit.worker.IsolatedRunner;
import dev.apikata.kit.worker.TestTimeouts;
import dev.apikata.kit.worker.WorkerSettings;
import dev.apikata.kit.worker.WorkerUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code kit} command: the learner's and the maintainer's way into apikata. Subcommands reach
 * the shared language, project, runner and progress through {@code @ParentCommand Kit kit}.
 */
@Command(name = "kit",
        mixinStandardHelpOptions = true,
        versionProvider = Kit.Version.class,
        sortOptions = false,
        // Every subcommand is registered here, and only here.
        subcommands = {
            ListCommand.class,
            HintCommand.class,
            SolutionCommand.class,
            ResetCommand.class,
            CheckCommand.class,
            WatchCommand.class,
            BenchCommand.class,
            PrefetchCommand.class,
            ServeCommand.class,
            JShellCommand.class,
            GradeCommand.class,
            DistCommand.class,
        })
public final class Kit implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class)
    private Language language;

    @Option(names = "--project", paramLabel = "<dir>")
    private Path projectDir;

    private final Language detected;
    private Project project;
    private ModuleRunner runner;
    private final boolean ownsRunner;

    Kit(Language detected, ModuleRunner runner) {
        this.detected = detected;
        this.runner = runner;
        this.ownsRunner = runner == null;
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        System.exit(exitCode);
    }

    /** Runs the kit with the console as its output; the exit code the process should return. */
    public static int run(String... args) {
        Kit kit = new Kit(languageOf(args), null);
        try {
            return commandLine(kit).execute(args);
        } finally {
            kit.closeRunner();
        }
    }

    /**
     * A ready {@code kit} command line whose help and messages speak {@code language} (a {@code --lang}
     * on the command line still wins for messages). Tests give it a {@code StringWriter} out and err.
     */
    public static CommandLine commandLine(Language language) {
        return commandLine(language, null);
    }

    /** The same, reusing a warm runner (tests, and callers that run many commands in one JVM). */
    public static CommandLine commandLine(Language language, ModuleRunner runner) {
        return commandLine(new Kit(language, runner));
    }

    private static CommandLine commandLine(Kit kit) {
        Language language = kit.detected;
        CommandLine commandLine = new CommandLine(kit);
        commandLine.setResourceBundle(Messages.in(language).bundle());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new CommandLineErrors(Messages.in(language)));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof KitException problem) {
                line.getErr().println(problem.getMessage());
                return problem.exitCode();
            }
            if (exception instanceof MissingCompilerException) {
                line.getErr().println(kit.messages().get("error.noCompiler", System.getProperty("java.home")));
                return ExitCodes.ERROR;
            }
            if (exception instanceof WorkerUnavailableException noWorker) {
                line.getErr().println(kit.messages().get("error.noWorker", noWorker.getMessage()));
                return ExitCodes.ERROR;
            }
            throw exception;
        });
        return commandLine;
    }

    // The help text is set up before picocli parses --lang, so look for it first.
    static Language languageOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Optional<Language> chosen = arg.startsWith("--lang=") ? Language.parse(arg.substring("--lang=".length()))
                    : arg.equals("--lang") && i + 1 < args.length ? Language.parse(args[i + 1])
                    : Optional.empty();
            if (chosen.isPresent()) {
                return chosen.get();
            }
            if (arg.equals("--")) {
                break;
            }
        }
        return Language.detect();
    }

    /** Without a subcommand: watch mode, the learner's main way in. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("watch").execute();
    }

    /** The language of this run: {@code --lang}, else {@code KIT_LANG}, else the system locale. */
    public Language language() {
        return language != null ? language : detected;
    }

    public Messages messages() {
        return Messages.in(language());
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The project in {@code --project}, or around the current folder. */
    public Project project() {
        if (project == null) {
            Path start = projectDir != null ? projectDir : Path.of("").toAbsolutePath();
            project = Project.locate(start).orElseThrow(() ->
                    new KitException(messages().get("error.noProject", start.toAbsolutePath())));
        }
        return project;
    }

    /**
     * One line per module this JDK cannot run, like the Maven build's warning: said by the commands
     * that proves the whole course (check), not before every command's own output.
     */
    public void reportSkippedModules() {
        for (ExerciseModule skipped : project().needNewerJava()) {
            err().println(messages().get("project.needsNewerJava", skipped.name(),
                    skipped.manifest().requiresJava(), Runtime.version().feature()));
        }
        err().flush();
    }

    /**
     * One runner for the whole process, so repeated runs stay warm. It compiles here and tests in a
     * worker JVM, with the per-test timeout the project's exercises declare.
     */
    public ModuleRunner runner() {
        return runner(0);
    }

    /**
     * The same; if this call creates it, with {@code spareWorkers} kept warm beside the one in use
     * (watch mode keeps one, so a worker its tests kill is replaced at once).
     */
    public ModuleRunner runner(int spareWorkers) {
        if (runner == null) {
            runner = new CachingRunner(new IsolatedRunner(language(), WorkerSettings.forThisKit()
                    .withTestTimeout(testTimeout()).withSpares(spareWorkers)), resultCache());
        }
        return runner;
    }

    /**
     * A runner of the caller's own, with the same settings as {@link #runner()} but its own compiler
     * and test worker, for work that runs beside the kit's runner ({@code kit check --jobs}). The
     * caller closes it.
     */
    public ModuleRunner newRunner() {
        return new IsolatedRunner(language(), WorkerSettings.forThisKit().withTestTimeout(testTimeout()));
    }

    /** Where results of the learner's code are kept while it does not change. */
    public ResultCache resultCache() {
        return new ResultCache(language(), testTimeout());
    }

    private java.time.Duration testTimeout() {
        return TestTimeouts.of(project().root());
    }

    /** Ends the runner this command started (its workers), if it started one. */
    void closeRunner() {
        if (ownsRunner && runner != null) {
            runner.close();
        }
    }

    public ProgressStore progress() {
        return ProgressStore.in(project().root());
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("ja | en: " + value));
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Optional.ofNullable(Kit.class.getPackage().getImplementationVersion()).orElse("dev");
            return new String[] {"apikata kit " + version, "Java " + Runtime.version()};
        }
    }
}
