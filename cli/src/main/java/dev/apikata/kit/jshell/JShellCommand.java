package dev.apikata.kit.jshell;

import dev.apikata.kit.Kit;
import dev.apikata.kit.progress.Progress;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.LocalizedMessages;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kit jshell [module]}: try the API and the module's own classes by hand. */
@Command(name = "jshell", mixinStandardHelpOptions = true)
public final class JShellCommand implements Callable<Integer> {

    static final String MESSAGES = "dev.apikata.kit.jshell.messages";

    @Parameters(arity = "0..1", paramLabel = "<module>", descriptionKey = "jshell.module")
    String moduleName;

    @ParentCommand
    Kit kit;

    @Spec
    CommandSpec spec;

    /** The port the chapters' snippets use for the practice API. */
    static final int CHAPTER_PORT = 8080;

    // Tests choose a port of their own: a machine's 8080 may be anybody's.
    int preferredPort = CHAPTER_PORT;

    // The process's own streams: jshell needs a byte stream and reads the keyboard itself.
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;

    /** The module of the first task not known to pass (from the last runs), else the first module. */
    static Optional<ExerciseModule> currentModule(Project project, Progress progress) {
        return project.modules().stream()
                .filter(module -> module.manifest().tasks().stream()
                        .anyMatch(task -> progress.result(task.id()).map(result -> !result.done()).orElse(true)))
                .findFirst()
                .or(() -> project.modules().stream().findFirst());
    }

    @Override
    public Integer call() throws Exception {
        LocalizedMessages text = LocalizedMessages.load(MESSAGES, kit.language());
        Project project = kit.project();
        Optional<ExerciseModule> module = moduleName == null ? currentModule(project, kit.progress().load())
                : project.module(moduleName);
        if (module.isEmpty()) {
            spec.commandLine().getErr().println(text.get("unknown.module", moduleName == null ? "" : moduleName));
            return 2;
        }
        // A folder of its own: a watch mode running in another terminal keeps its compiled tests.
        CompiledModule compiled = kit.runner().compile(module.get(), Implementation.STUBS, module.get().stubSources(),
                module.get().directory().resolve("target/kit/jshell-classes"));
        Set<String> packages = new TreeSet<>();
        compiled.mainClasses().forEach(name -> {
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                packages.add(name.substring(0, dot));
            }
        });
        if (!compiled.succeeded()) {
            err.println(text.get("not.compiled", module.get().name()));
        }
        Optional<java.nio.file.Path> classes = compiled.succeeded() ? Optional.of(compiled.output()) : Optional.empty();
        return new JShellSession(in, out, err, preferredPort).run(classes, compiled.succeeded() ? packages : Set.of(),
                (base, onPreferredPort) -> (onPreferredPort ? "" : text.get("banner.otherPort", preferredPort) + "\n")
                        + text.get("banner", base, module.get().name()));
    }
}
