package dev.apikata.kit.grade;

import dev.apikata.course.Language;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.worker.IsolatedRunner;
import dev.apikata.kit.worker.WorkerSettings;
import dev.apikata.kit.worker.WorkerUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Learners' tests in worker JVMs of their own (the workers watch mode uses), one learner at a time
 * per worker, inside the {@link Sandbox} where this machine has one: the heap capped, each test
 * bounded by the per-test timeout, the learner's whole run by a wall-clock limit (at which the worker
 * is stopped, whatever it runs), the captured output by a length. A worker that the learner's code ends or that has to be killed is replaced, and the
 * tests it had not reached run in the next one, so only the affected task loses its points.
 */
final class WorkerTests implements LearnerTests.Factory {

    /** How much of what a module's tests print a result keeps. */
    static final int OUTPUT_LIMIT = 32 * 1024;

    // Ends learners' workers when their time is up; one daemon thread for the whole class.
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kit-grade-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    private final Sandbox sandbox;
    private final List<Path> hidden;
    private final Language language;
    private final WorkerSettings base;
    private final Duration timeLimit;
    private final GradeTexts texts;

    /**
     * @param hidden folders a learner's code must not read: the kit's solutions, the submissions, the
     *               results (hidden where the sandbox can)
     */
    WorkerTests(Sandbox sandbox, Language language, int heapMegabytes, Duration timeLimit, List<Path> hidden) {
        this(sandbox, language, WorkerSettings.forThisKit().withHeapMegabytes(heapMegabytes), timeLimit, hidden);
    }

    WorkerTests(Sandbox sandbox, Language language, WorkerSettings base, Duration timeLimit, List<Path> hidden) {
        this.sandbox = sandbox;
        this.hidden = List.copyOf(hidden);
        this.language = language;
        // No spare: a grader runs one worker per learner at a time, and --jobs of them.
        // No warm-up run either: each learner's worker runs every module once, the first one warms it.
        this.base = base.withSpares(0).withWarmUpRuns(0).withOutputLimit(OUTPUT_LIMIT);
        this.timeLimit = timeLimit;
        this.texts = GradeTexts.in(language);
    }

    @Override
    public LearnerTests open(Path workspace) {
        List<Path> readable = new ArrayList<>(base.classPath());
        readable.add(Path.of(System.getProperty("java.home")));
        readable.add(workspace);
        WorkerSettings settings = base.withCommandPrefix(sandbox.prefix(hidden, readable));
        return new Learner(new IsolatedRunner(language, settings));
    }

    @Override
    public List<String> protections() {
        List<String> active = new ArrayList<>();
        active.add(sandbox.active() ? texts.get("protection.sandbox") : texts.get("protection.none", sandbox.reasonIfNone()));
        if (sandbox.active()) {
            active.add(sandbox.capsThreads() ? texts.get("protection.threads", Sandbox.MAX_THREADS)
                    : texts.get("protection.threadsNot"));
        }
        active.add(texts.get("protection.limits", base.heapMegabytes(), base.testTimeout().toSeconds(),
                timeLimit.toSeconds(), OUTPUT_LIMIT));
        return active;
    }

    /** One learner's worker, stopped when the learner's time is up, whatever it is running. */
    private final class Learner implements LearnerTests {
        private final IsolatedRunner runner;
        private final ScheduledFuture<?> timeUp;
        private volatile boolean outOfTime;

        Learner(IsolatedRunner runner) {
            this.runner = runner;
            this.timeUp = TIMER.schedule(() -> {
                outOfTime = true;
                runner.close();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public RunResult test(CompiledModule compiled) {
            if (!compiled.succeeded()) {
                return runner.test(compiled);
            }
            try {
                RunResult result = outOfTime ? null : runner.test(compiled);
                // A run the time limit cut short scores nothing: its tests did not all get their chance.
                return outOfTime ? notRun(compiled, texts.get("incident.timeLimit", timeLimit.toSeconds())) : result;
            } catch (WorkerUnavailableException e) {
                return notRun(compiled, outOfTime ? texts.get("incident.timeLimit", timeLimit.toSeconds())
                        : texts.get("incident.noWorker", e.getMessage()));
            }
        }

        // No test of the module ran to its end; the notice says why.
        private RunResult notRun(CompiledModule compiled, String why) {
            return new RunResult(compiled.module(), compiled.implementation(), List.of(), List.of(), List.of(),
                    compiled.module().manifest().tasks().stream().map(task -> new TaskResult(task, 0, 0)).toList(),
                    "", Duration.ZERO, List.of(why));
        }

        @Override
        public void close() {
            timeUp.cancel(false);
            runner.close();
        }
    }
}
