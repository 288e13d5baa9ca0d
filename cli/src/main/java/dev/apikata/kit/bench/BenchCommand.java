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
import dev.apikata.kit.worker.TestTimeouts;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kit bench}: the figures a learner feels, on a temporary copy of the project: {@code ./kit
 * list} and the first screen of {@code ./kit} as new processes with cached results, a re-run in watch
 * mode from save to result against the same module tested by Maven, and the next result after the
 * kit had to kill a worker. Prints the load average, since the machine may be shared.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    static final String MESSAGES = "dev.apikata.kit.bench.messages";

    /** The targets on two cores. */
    static final Duration TARGET_LIST = Duration.ofSeconds(1);
    static final Duration TARGET_FIRST_SCREEN = Duration.ofSeconds(3);
    static final Duration TARGET_RERUN = Duration.ofSeconds(1);
    static final double TARGET_SPEEDUP = 10.0;
    static final Duration TARGET_RECOVERED = Duration.ofSeconds(3);

    @Option(names = "--module", paramLabel = "<module>")
    String moduleName;

    @Option(names = "--edits", defaultValue = "10", paramLabel = "N")
    int edits;

    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "N")
    int warmUp;

    @Option(names = "--maven-runs", defaultValue = "3", paramLabel = "N")
    int mavenRuns;

    @Option(names = "--starts", defaultValue = "5", paramLabel = "N")
    int starts;

    @Option(names = "--stuck-rounds", defaultValue = "3", paramLabel = "N")
    int stuckRounds;

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
            out.println(text.get("load", loadAverage()));
            out.flush();
            List<String> verdicts = new ArrayList<>();

            if (starts > 0) {
                KitStartTiming startTiming = KitStartTiming.of(original.root());
                String how = text.get(startTiming.throughLauncher() ? "start.launcher" : "start.java");
                Timings list = startTiming.measure(copy.root(), kit.language(), List.of("list"),
                        kit.messages().get("list.total"), starts);
                out.println(text.get("list", millis(list.median()), millis(list.min()), millis(list.max()),
                        list.samples().size(), how));
                Timings firstScreen = startTiming.measure(copy.root(), kit.language(), List.of(),
                        LocalizedMessages.load(WatchSession.MESSAGES, kit.language()).get("header", "", "").strip(),
                        starts);
                out.println(text.get("firstScreen", millis(firstScreen.median()), millis(firstScreen.min()),
                        millis(firstScreen.max()), firstScreen.samples().size(), how));
                out.flush();
                verdicts.add(verdict(text, "target.list", millis(TARGET_LIST), list.median().compareTo(TARGET_LIST) <= 0));
                verdicts.add(verdict(text, "target.firstScreen", millis(TARGET_FIRST_SCREEN),
                        firstScreen.median().compareTo(TARGET_FIRST_SCREEN) <= 0));
            }

            WatchMethod method = watching.method(copy.root());
            WatchLatency.Latency latency;
            try (IncrementalModuleRunner runner = new IncrementalModuleRunner(kit.runner(1), kit.resultCache(),
                    kit.messages().locale(), result -> { })) {
                latency = new WatchLatency(project, runner, watching.watcher(copy.root()), watching.debounce(),
                        LocalizedMessages.load(WatchSession.MESSAGES, kit.language()))
                        .measure(module, WatchLatency.editedFile(module), warmUp, edits, stuckRounds);
            }
            Timings watch = latency.reruns();
            out.println(text.get("watch", millis(watch.median()), millis(watch.min()), millis(watch.max()), watch.samples().size(),
                    text.get("method." + method.name().toLowerCase(java.util.Locale.ROOT))));
            out.println(text.get("samples", samples(watch)));
            verdicts.add(verdict(text, "target.rerun", millis(TARGET_RERUN), watch.median().compareTo(TARGET_RERUN) <= 0));
            if (latency.stuck().isPresent() && latency.recovered().isPresent()) {
                Timings stuck = latency.stuck().get();
                Timings recovered = latency.recovered().get();
                out.println(text.get("stuck", millis(stuck.median()), millis(stuck.min()), millis(stuck.max()),
                        stuck.samples().size(), millis(TestTimeouts.of(copy.root()))));
                out.println(text.get("recovered", millis(recovered.median()), millis(recovered.min()),
                        millis(recovered.max()), recovered.samples().size()));
                verdicts.add(verdict(text, "target.recovered", millis(TARGET_RECOVERED),
                        recovered.max().compareTo(TARGET_RECOVERED) <= 0));
            }
            out.flush();
            if (mavenRuns > 0) {
                Timings mvn = mavenTiming.measure(copy.root(), module.name(), mavenRuns);
                out.println(text.get("maven", millis(mvn.median()), millis(mvn.min()), millis(mvn.max()), mvn.samples().size()));
                out.println(text.get("samples", samples(mvn)));
                double speedUp = (double) mvn.median().toNanos() / Math.max(1, watch.median().toNanos());
                out.println(text.get("ratio", String.format(java.util.Locale.ROOT, "%.1f", speedUp)));
                verdicts.add(verdict(text, "target.speedUp", TARGET_SPEEDUP, speedUp >= TARGET_SPEEDUP));
            }
            out.println(text.get("load.end", loadAverage()));
            out.println(text.get("targets", String.join("; ", verdicts)));
            out.flush();
            return 0;
        }
    }

    private static String verdict(LocalizedMessages text, String key, Object target, boolean met) {
        return text.get(key, target) + ": " + text.get(met ? "met" : "missed");
    }

    // The 1-minute load average: the machine may be shared, and the figures depend on it.
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", load);
    }

    private static String samples(Timings timings) {
        return String.join(" ", timings.samples().stream().map(sample -> String.valueOf(sample.toMillis())).toList());
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
