package dev.apikata.kit.grade;

import dev.apikata.kit.Messages;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Grades a class: each learner in a folder of their own, compiled in this JVM (warm, annotation
 * processing off, the kit's tests compiled once for everyone: {@link LearnerCompiler}), {@code jobs}
 * learners at a time and ahead of their tests, then tested in JVMs of their own (see {@link WorkerTests}).
 * A learner's result depends only on their own code: nothing is shared between learners but the
 * compiler and what {@link LearnerTests.Factory#prepare} made before the first of them.
 *
 * <p>A learner's modules go to the tests slowest first, as measured on the learners graded so far,
 * so that the long ones do not start last; the order changes when each result arrives, never what it is.
 */
final class ClassGrader {

    private final Project kit;
    private final Optional<Path> extraTests;
    private final ModuleCompiler compiler;
    private final LearnerTests.Factory tests;
    private final Scorer scorer;
    private final Path temp;
    private final GradeTexts texts;
    private final PrintWriter progress;
    private LearnerCompiler learnerCompiler;
    private final AtomicLong preparingNanos = new AtomicLong();
    private final AtomicLong compilingNanos = new AtomicLong();
    private final AtomicLong testingNanos = new AtomicLong();
    private final Map<String, LongAdder> moduleNanos = new ConcurrentHashMap<>();

    /**
     * Where the grading time went, summed over learners (so with several jobs, more than the wall
     * time); {@code modules} sums each module's test run, slowest first, and runs overlap.
     */
    record TimeSplit(Duration preparing, Duration compiling, Duration testing, Map<String, Duration> modules) {
    }

    ClassGrader(Project kit, Optional<Path> extraTests, ModuleCompiler compiler, LearnerTests.Factory tests, Path temp,
            GradeTexts texts, PrintWriter progress) {
        this.kit = kit;
        this.extraTests = extraTests;
        this.compiler = compiler;
        this.tests = tests;
        this.scorer = new Scorer(kit);
        this.temp = temp;
        this.texts = texts;
        this.progress = progress;
    }

    List<LearnerReport> grade(List<Submission> submissions, int jobs) {
        long start = System.nanoTime();
        Path kitClasses = temp.resolve("kit");
        CompletableFuture<Void> shared = CompletableFuture.runAsync(() -> tests.prepare(temp.resolve("shared"), jobs));
        try (LearnerCompiler learners = new LearnerCompiler(compiler, KitClassPath.ofThisJvm(),
                Messages.locale(texts.language()), GradingWorkspace.prepare(kit, kit.root(), extraTests,
                        kitClasses.resolve("work")).project().modules(), kitClasses.resolve("classes"))) {
            this.learnerCompiler = learners;
            shared.join();
            preparingNanos.addAndGet(System.nanoTime() - start);
            return gradeAll(submissions, jobs, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            shared.join();
            tests.finish();
            delete(kitClasses);
            delete(temp.resolve("shared"));
        }
    }

    // Learners are compiled {@code jobs} at a time; their tests then run in the test slots while the
    // next learners compile, so that one learner's slowest module does not hold up the class.
    private List<LearnerReport> gradeAll(List<Submission> submissions, int jobs, long start) {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), runnable -> {
            Thread thread = new Thread(runnable, "kit-grade");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<LearnerReport>> futures = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                Submission submission = submissions.get(i);
                Path folder = temp.resolve(String.format("%04d", i));
                futures.add(CompletableFuture.supplyAsync(() -> gradeOne(submission, folder), pool)
                        .thenCompose(report -> report)
                        .thenApply(report -> {
                            report(report, done.incrementAndGet(), submissions.size(), start);
                            return report;
                        }));
            }
            List<LearnerReport> reports = new ArrayList<>();
            for (CompletableFuture<LearnerReport> future : futures) {
                reports.add(future.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            throw new IllegalStateException("grading failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Compiles the learner's code here and now; the report comes when the tests are done. */
    CompletableFuture<LearnerReport> gradeOne(Submission submission, Path folder) {
        long start = System.nanoTime();
        try {
            Path copy = submission.source();
            if (submission.kind() != Submission.Kind.DIRECTORY) {
                copy = folder.resolve("copy");
                try {
                    ArchiveExtractor.extract(submission, copy);
                } catch (UnsafeArchiveException refused) {
                    delete(folder);
                    return CompletableFuture.completedFuture(refused(submission, "refused: " + refused.getMessage(), start));
                }
            }
            Optional<Path> project = LearnerCopy.projectIn(copy);
            if (project.isEmpty()) {
                delete(folder);
                return CompletableFuture.completedFuture(
                        refused(submission, texts.get("error.noProjectIn", submission.source().getFileName()), start));
            }
            GradingWorkspace.Prepared workspace = GradingWorkspace.prepare(kit, project.get(), extraTests, folder.resolve("work"));
            preparingNanos.addAndGet(System.nanoTime() - start);
            long compileStart = System.nanoTime();
            List<CompiledModule> compiled = workspace.project().modules().stream().map(learnerCompiler::compile).toList();
            long testStart = System.nanoTime();
            compilingNanos.addAndGet(testStart - compileStart);
            List<CompiledModule> order = slowestFirst(compiled);
            LearnerTests learnerTests = tests.open(workspace.project().root());
            CompletableFuture<List<RunResult>> runs;
            try {
                runs = learnerTests.testAll(order);
            } catch (RuntimeException | Error e) {
                learnerTests.close();
                throw e;
            }
            return runs.thenApply(results -> {
                testingNanos.addAndGet(System.nanoTime() - testStart);
                return report(submission, workspace, compiled, order, results, start);
            }).whenComplete((report, failure) -> {
                learnerTests.close();
                delete(folder);
            });
        } catch (IOException e) {
            delete(folder);
            return CompletableFuture.completedFuture(refused(submission, "cannot read: " + e.getMessage(), start));
        } catch (RuntimeException | Error e) {
            delete(folder);
            throw e;
        }
    }

    // The learner's modules scored in the kit's order, whatever order they ran in.
    private LearnerReport report(Submission submission, GradingWorkspace.Prepared workspace, List<CompiledModule> compiled,
            List<CompiledModule> order, List<RunResult> runs, long start) {
        Map<String, RunResult> byModule = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            RunResult run = runs.get(i);
            byModule.put(order.get(i).module().name(), run);
            moduleNanos.computeIfAbsent(order.get(i).module().name(), name -> new LongAdder()).add(run.elapsed().toNanos());
        }
        List<String> incidents = new ArrayList<>();
        List<ModuleReport> modules = new ArrayList<>();
        for (CompiledModule module : compiled) {
            String name = module.module().name();
            RunResult run = byModule.get(name);
            run.setupFailures().forEach(failure -> incidents.add(name + ": " + firstLine(failure.message())));
            run.notices().forEach(notice -> incidents.add(name + ": " + firstLine(notice)));
            modules.add(scorer.score(run, workspace.project().root()));
        }
        return new LearnerReport(submission.learner(), modules, workspace.ignoredEdits(), incidents, tests.protections(),
                seconds(start));
    }

    TimeSplit timeSplit() {
        Map<String, Duration> modules = new LinkedHashMap<>();
        moduleNanos.entrySet().stream().sorted(Map.Entry.<String, LongAdder>comparingByValue(
                Comparator.comparingLong(LongAdder::sum)).reversed())
                .forEach(module -> modules.put(module.getKey(), Duration.ofNanos(module.getValue().sum())));
        return new TimeSplit(Duration.ofNanos(preparingNanos.get()), Duration.ofNanos(compilingNanos.get()),
                Duration.ofNanos(testingNanos.get()), modules);
    }

    // Slowest first by what the learners graded so far took; the kit's order among equals (and at first).
    private List<CompiledModule> slowestFirst(List<CompiledModule> compiled) {
        Map<String, Long> sofar = new HashMap<>();
        moduleNanos.forEach((name, nanos) -> sofar.put(name, nanos.sum()));
        return compiled.stream().sorted(Comparator.comparingLong(
                (CompiledModule module) -> sofar.getOrDefault(module.module().name(), 0L)).reversed()).toList();
    }

    private LearnerReport refused(Submission submission, String why, long start) {
        List<ModuleReport> zero = kit.modules().stream().map(module -> new ModuleReport(module.name(), why,
                module.manifest().tasks().stream()
                        .map(task -> new LearnerReport.TaskReport(task.id(), task.points(), List.of(), List.of())).toList()))
                .toList();
        return new LearnerReport(submission.learner(), zero, List.of(), List.of(why), tests.protections(), seconds(start));
    }

    private synchronized void report(LearnerReport report, int done, int total, long start) {
        double elapsed = seconds(start);
        long left = Math.round(elapsed / done * (total - done));
        progress.println(texts.get("progress.learner", done, total, report.learner(), report.points(), report.maxPoints(),
                Math.round(report.seconds()), Math.round(elapsed), left));
        progress.flush();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + folder + ": " + e.getMessage(), e);
        }
    }
}
