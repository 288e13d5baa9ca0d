package dev.apikata.kit.watch;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.project.Project;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./kit} and {@code ./kit watch}: the guided loop of edit, save, see the result. */
@Command(name = "watch", mixinStandardHelpOptions = true)
public final class WatchCommand implements Callable<Integer> {


    @Mixin
    WatchOptions watching;

    @Option(names = "--once")
    boolean once;

    @ParentCommand
    Kit kit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = kit.language();
        LocalizedMessages text = LocalizedMessages.load(WatchSession.MESSAGES, language);
        Project project = kit.project();
        if (project.modules().stream().allMatch(module -> module.manifest().tasks().isEmpty())) {
            spec.commandLine().getErr().println(text.get("no.modules", project.root()));
            return 2;
        }
        boolean interactive = !once && InteractiveTerminal.isPresent();
        boolean singleKey = interactive && !InteractiveTerminal.isWindows();
        ProgressStore store = kit.progress();
        try (IncrementalModuleRunner runner = new IncrementalModuleRunner(kit.runner(interactive ? 1 : 0),
                kit.resultCache(), kit.messages().locale(), result -> store.update(progress -> progress.withResults(result)))) {
            return watch(project, runner, text, interactive, singleKey, store);
        }
    }

    private int watch(Project project, ModuleTestRunner runner, LocalizedMessages text, boolean interactive,
            boolean singleKey, ProgressStore store) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        WatchSession.Settings settings = new WatchSession.Settings(project, runner,
                watching.watcher(project.root()), watching.debounce(), text,
                ScreenStyle.detect(interactive, InteractiveTerminal.isWindows(), System.getenv()), screen -> {
                    out.print(screen);
                    out.flush();
                }, HintLevels.storedIn(store), !singleKey, TerminalSize.ofThisTerminal(System.getenv()));
        try (WatchSession session = new WatchSession(settings)) {
            if (!interactive) {
                return session.runOnce();
            }
            Optional<RawMode> raw = singleKey ? RawMode.enter() : Optional.empty();
            try {
                KeyReader.start(System.in, raw.isPresent(), session);
                session.run();
            } finally {
                raw.ifPresent(RawMode::close);
            }
            out.println();
            out.println(text.get("bye"));
            out.flush();
            return 0;
        }
    }
}
