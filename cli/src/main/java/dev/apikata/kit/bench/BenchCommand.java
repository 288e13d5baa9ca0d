package dev.apikata.kit.bench;

import dev.apikata.kit.Kit;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.offline.MavenCommand;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.watch.IncrementalModuleRunner;
import dev.apikata.kit.watch.WatchMethod;
import dev.apikata.kit.watch.WatchOptions;
import dev.apikata.kit.watch.WatchSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kit bench}: how long a re-run takes in watch mode, from save to result, against the same
 * module tested by Maven. Works on a temporary copy of the project.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    static final String MESSAGES = "dev.apikata.kit.bench.messages";

    /** The targets: a re-run within a second, and at least five times faster than Maven. */
    static final Duration TARGET_RERUN = Duration.ofSeconds(1);
    static final double TARGET_SPEEDUP = 5.0;

    @Option(names = "--module", paramLabel = "<module>")
    String moduleName;

    @Option(names = "--edits", defaultValue = "10", paramLabel = "N")
    int edits;

    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "N")
    int warmUp;

    @Option(names = "--maven-runs", defaultValue = "3", paramLabel = "N")
    int mavenRuns;

    @Mixin
    WatchOptions watching;

    @Mixin
    MavenCommand maven;

    @ParentCommand
    Kit kit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalizedMessages text = LocalizedMessages.load(MESSAGES, kit.language());
        PrintWriter out = spec.commandLine().getOut();
        Project original = kit.project();
        Optional<ExerciseModule> chosen = moduleName == null ? original.modules().stream().findFirst()
                : original.module(moduleName);
        if (chosen.isEmpty() || edits < 1) {
            spec.commandLine().getErr().println(text.get("unknown.module", moduleName == null ? "" : moduleName));
            return 2;
        }
        try (ProjectCopy copy = ProjectCopy.of(original.root())) {
            Project project = Project.at(copy.root());
            ExerciseModule module = project.module(chosen.get().name()).orElseThrow();
            MavenTiming mavenTiming = new MavenTiming(maven.command());
            String mavenLine = String.join(" ", mavenTiming.command(module.name()));
            out.println(text.get("start", module.name(), edits, warmUp, mavenLine, mavenRuns));
            out.flush();

            WatchMethod method = watching.method(copy.root());
            Timings watch;
            try (IncrementalModuleRunner runner = new IncrementalModuleRunner(kit.runner(1), kit.resultCache(),
                    kit.messages().locale(), result -> { })) {
                WatchLatency latency = new WatchLatency(project, runner, watching.watcher(copy.root()),
                        watching.debounce(), LocalizedMessages.load(WatchSession.MESSAGES, kit.language()));
                watch = latency.measure(module, WatchLatency.editedFile(module), warmUp, edits);
            }
            out.println(text.get("watch", millis(watch.median()), millis(watch.min()), millis(watch.max()), watch.samples().size(),
                    text.get("method." + method.name().toLowerCase(java.util.Locale.ROOT))));
            out.println(text.get("samples", samples(watch)));
            out.flush();
            if (mavenRuns < 1) {
                return 0;
            }
            Timings mvn = mavenTiming.measure(copy.root(), module.name(), mavenRuns);
            out.println(text.get("maven", millis(mvn.median()), millis(mvn.min()), millis(mvn.max()), mvn.samples().size()));
            out.println(text.get("samples", samples(mvn)));
            double speedUp = (double) mvn.median().toNanos() / Math.max(1, watch.median().toNanos());
            out.println(text.get("ratio", String.format(java.util.Locale.ROOT, "%.1f", speedUp)));
            boolean fastEnough = watch.median().compareTo(TARGET_RERUN) <= 0;
            boolean fasterThanMaven = speedUp >= TARGET_SPEEDUP;
            out.println(text.get("targets", millis(TARGET_RERUN), text.get(fastEnough ? "met" : "missed"),
                    TARGET_SPEEDUP, text.get(fasterThanMaven ? "met" : "missed")));
            out.flush();
            return 0;
        }
    }

    private static String samples(Timings timings) {
        return String.join(" ", timings.samples().stream().map(sample -> String.valueOf(sample.toMillis())).toList());
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
