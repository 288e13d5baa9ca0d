package dev.apikata.kit.grade;

import dev.apikata.course.Language;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TaskResult;
import dev.apikata.kit.worker.ClassDataArchive;
import dev.apikata.kit.worker.IsolatedRunner;
import dev.apikata.kit.worker.WorkerSettings;
import dev.apikata.kit.worker.WorkerUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Learners' tests in worker JVMs of their own (the workers watch mode uses), inside the
 * {@link Sandbox} where this machine has one: the heap capped, each test bounded by the per-test
 * timeout, the learner's whole run by a wall-clock limit (at which the workers are stopped, whatever
 * they run), the captured output by a length. Most of a module's time is its tests' own waits
 * (timeouts, delayed answers), not work, so the class runs {@link #TEST_SLOTS_PER_JOB} workers per
 * job at once, taken by learners in turn. A learner has one worker unless told otherwise: each
 * further one runs the learner's modules at once but costs its start and warm-up again (about 1.5 s
 * of processor time) and the compiling of the same code, and on two cores processor time is what a
 * class runs short of. A worker serves one learner only. A worker that the learner's code ends or
 * that has to be killed is replaced, and the tests it had not reached run in the next one, so only
 * the affected task loses its points.
 */
final class WorkerTests implements LearnerTests.Factory {

    /** How much of what a module's tests print a result keeps. */
    static final int OUTPUT_LIMIT = 32 * 1024;

    /** How many workers run one learner's modules at once unless told otherwise. */
    static final int DEFAULT_WORKERS_PER_LEARNER = 1;

    /**
     * How many test JVMs the class runs at once per job: enough that the tests' own waits (a
     * learner's module 07 alone waits about 20 s) leave no processor idle on two cores, few enough
     * that they fit beside each other on a laptop (12 took 2.4 GB in the class benchmark).
     */
    static final int TEST_SLOTS_PER_JOB = 6;

    // Ends learners' workers when their time is up; one daemon thread for the whole class.
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kit-grade-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    private final Sandbox sandbox;
    private final List<Path> hidden;
    private final Language language;
    private final int workersPerLearner;
    private final Duration timeLimit;
    private volatile WorkerSettings base;
    private volatile ExecutorService slots;
    private final GradeTexts texts;

    /**
     * @param hidden folders a learner's code must not read: the kit's solutions, the submissions, the
     *               results (hidden where the sandbox can)
     */
    WorkerTests(Sandbox sandbox, Language language, int heapMegabytes, int workersPerLearner, Duration timeLimit,
            List<Path> hidden) {
        this(sandbox, language, WorkerSettings.forThisKit().withHeapMegabytes(heapMegabytes), workersPerLearner,
                timeLimit, hidden);
    }

    WorkerTests(Sandbox sandbox, Language language, WorkerSettings base, Duration timeLimit, List<Path> hidden) {
        this(sandbox, language, base, DEFAULT_WORKERS_PER_LEARNER, timeLimit, hidden);
    }

    WorkerTests(Sandbox sandbox, Language language, WorkerSettings base, int workersPerLearner, Duration timeLimit,
            List<Path> hidden) {
        if (workersPerLearner < 1) {
            throw new IllegalArgumentException("a learner needs at least one worker");
        }
        this.sandbox = sandbox;
        this.workersPerLearner = workersPerLearner;
        this.hidden = List.copyOf(hidden);
        this.language = language;
        // No spare: a learner's workers are started for them, in the slots the class shares.
        // One warm-up run: the first test a worker runs must not pay for loading JUnit and WireMock
        // within its timeout, a worker that replaces one the learner's code ended neither.
        this.base = base.withSpares(0).withWarmUpRuns(1).withOutputLimit(OUTPUT_LIMIT);
        this.timeLimit = timeLimit;
        this.texts = GradeTexts.in(language);
    }

    /**
     * Writes the class-data archive every learner's worker maps (made without learner code), and
     * opens the test slots: {@link #TEST_SLOTS_PER_JOB} per job, taken by learners' workers in turn.
     */
    @Override
    public void prepare(Path scratch, int jobs) {
        ClassDataArchive.create(base, scratch.resolve("worker.jsa")).ifPresent(archive -> base = base.withClassData(archive));
        slots = Executors.newFixedThreadPool(Math.max(1, jobs) * TEST_SLOTS_PER_JOB, task -> {
            Thread thread = new Thread(task, "kit-grade-test-slot");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void finish() {
        ExecutorService open = slots;
        if (open != null) {
            open.shutdownNow();
        }
    }

    @Override
    public LearnerTests open(Path workspace) {
        List<Path> readable = new ArrayList<>(base.classPath());
        readable.add(Path.of(System.getProperty("java.home")));
        readable.add(workspace);
        base.classData().ifPresent(readable::add);
        return new Learner(base.withCommandPrefix(sandbox.prefix(hidden, readable)), slots);
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
                timeLimit.toSeconds(), OUTPUT_LIMIT, workersPerLearner));
        return active;
    }

    /**
     * One learner's workers, all stopped when the learner's time is up, whatever they are running;
     * the clock starts when the first of them does. They serve no one else: a worker that ran this
     * learner's code never runs another's.
     */
    private final class Learner implements LearnerTests {
        private final WorkerSettings settings;
        private final ExecutorService slots;
        private final Set<IsolatedRunner> runners = ConcurrentHashMap.newKeySet();
        private ScheduledFuture<?> timeUp;
        private IsolatedRunner single;
        private volatile boolean outOfTime;

        Learner(WorkerSettings settings, ExecutorService slots) {
            this.settings = settings;
            this.slots = slots;
        }

        @Override
        public RunResult test(CompiledModule compiled) {
            IsolatedRunner runner;
            synchronized (this) {
                if (single == null) {
                    single = newRunner();
                }
                runner = single;
            }
            return test(runner, compiled);
        }

        /**
         * The modules that compiled go to at most as many workers of the learner's own as the
         * learner may have, each in a test slot, each taking the learner's next module (in the
         * order given) until none is left; a worker with nothing left to run ends and frees its
         * slot for the next learner while the learner's slowest module still runs.
         */
        @Override
        public CompletableFuture<List<RunResult>> testAll(List<CompiledModule> modules) {
            if (slots == null) {
                return LearnerTests.super.testAll(modules);
            }
            RunResult[] results = new RunResult[modules.size()];
            Queue<Integer> next = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i).succeeded()) {
                    next.add(i);
                } else {
                    results[i] = new IsolatedRunner(language, settings).test(modules.get(i)); // starts no worker
                }
            }
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < Math.min(workersPerLearner, next.size()); lane++) {
                lanes.add(CompletableFuture.runAsync(() -> {
                    IsolatedRunner runner = newRunner();
                    try {
                        runner.warm();
                        for (Integer i = next.poll(); i != null; i = next.poll()) {
                            results[i] = test(runner, modules.get(i));
                        }
                    } finally {
                        runner.close();
                        runners.remove(runner);
                    }
                }, slots));
            }
            return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).thenApply(done -> List.of(results));
        }

        // A worker of this learner's; the first starts the learner's clock.
        private synchronized IsolatedRunner newRunner() {
            if (timeUp == null) {
                timeUp = TIMER.schedule(() -> {
                    outOfTime = true;
                    runners.forEach(IsolatedRunner::close);
                }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            }
            IsolatedRunner runner = new IsolatedRunner(language, settings);
            runners.add(runner);
            return runner;
        }

        private RunResult test(IsolatedRunner runner, CompiledModule compiled) {
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
        public synchronized void close() {
            if (timeUp != null) {
                timeUp.cancel(false);
            }
            runners.forEach(IsolatedRunner::close);
            runners.clear();
        }
    }
}
