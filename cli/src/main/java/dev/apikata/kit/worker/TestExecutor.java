package dev.apikata.kit.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.OutcomeData;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.runner.TestStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a compiled module's tests on the JUnit Platform inside the worker, in a fresh class loader,
 * and reports each test as it starts and ends.
 *
 * <p>The loader's parent is the worker's own, so JUnit, WireMock, Jackson and the course model are
 * loaded once and stay warm; only the module's classes are new on each run. The thread's context
 * class loader points at the module, where the stubs' marker finds the module's manifest.
 */
final class TestExecutor {

    /** After this many runs a worker retires: each run leaves a little behind (classes in library caches). */
    static final int MAX_RUNS = 100;

    // A test's server threads (Jetty's) need a moment to stop after the last test of a class.
    private static final Duration THREAD_GRACE = Duration.ofMillis(500);

    private final Launcher launcher = LauncherFactory.create();
    private final Consumer<WorkerMessage> channel;
    private volatile Active active;
    private int runs;

    /** The run in progress: what the exit hook and a cancel need to know. */
    record Active(long run, Frames frames, ThreadWatch threads, Running running) {
    }

    /** The test or container that started last, and its task. */
    static final class Running {
        volatile String id;
        volatile String task;
    }

    TestExecutor(Consumer<WorkerMessage> channel) {
        this.channel = channel;
    }

    /**
     * Runs the tests of {@code run} and reports everything to the channel, ending with
     * {@link WorkerMessage.Done}; true if this worker must retire now.
     */
    boolean execute(WorkerCommand.Run run) {
        Language language = Language.parse(run.language()).orElse(Language.EN);
        IncidentText text = new IncidentText(language);
        Frames frames = new Frames(run.mainClasses(), run.testClasses());
        ThreadWatch threads = new ThreadWatch();
        Active current = new Active(run.run(), frames, threads, new Running());
        active = current;
        runs++;
        boolean retire = false;
        String output = "";
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        // The course's marker and learner feedback read the language from this property.
        System.setProperty(Language.SYSTEM_PROPERTY, language.code());
        TaskGate.open(text::notRunAfter);
        Listener listener = new Listener(run, text, frames, current.running());
        try (URLClassLoader loader = new URLClassLoader("apikata-run-" + run.run(), new URL[] {url(run.classes())},
                TestExecutor.class.getClassLoader());
             CapturedOutput captured = new CapturedOutput()) {
            thread.setContextClassLoader(loader);
            try {
                launcher.execute(request(run, loader), listener);
            } catch (OutOfMemoryError e) {
                // JUnit lets this one through; the frames that filled the heap are gone now, so report it.
                listener.outOfMemory(e);
                retire = true;
            } finally {
                output = captured.text();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previousLoader);
        }
        List<WorkerMessage.StrayThread> strays = strays(current, listener);
        retire |= listener.heapRanOut() || !strays.isEmpty() || threadsLeftBehind(threads) || runs >= MAX_RUNS;
        active = null;
        channel.accept(new WorkerMessage.Done(run.run(), output, strays, retire));
        return retire;
    }

    /** Runs the given classes in the worker's own loader, reporting nothing: a fresh worker's warm-up. */
    void warmUp(Class<?> testClass) {
        TaskGate.open(task -> "");
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .configurationParameters(parameters(Duration.ofSeconds(30).toMillis())).build());
    }

    void cancel(long run) {
        Active current = active;
        if (current != null && current.run() == run) {
            TaskGate.cancel();
            current.threads().interruptStarted();
        }
    }

    /** The test or container running now, for a report made when the JVM goes away. */
    Optional<Active> active() {
        return Optional.ofNullable(active);
    }

    Frames frames() {
        Active current = active;
        return current == null ? Frames.NONE : current.frames();
    }

    private List<WorkerMessage.StrayThread> strays(Active current, Listener listener) {
        try {
            List<WorkerMessage.StrayThread> strays = new ArrayList<>();
            for (Thread thread : current.threads().outliving(THREAD_GRACE)) {
                // A test that timed out has said so already; its thread only means this worker retires.
                if (ThreadWatch.isTimeoutThread(thread)) {
                    continue;
                }
                Optional<String> method = current.frames().methodIn(thread.getStackTrace());
                Optional<String> task = listener.taskThatStarted(thread);
                // The learner's threads: running their code, or started by a test; not a test server's own.
                if (method.isPresent() || (task.isPresent() && !ThreadWatch.isServerThread(thread))) {
                    strays.add(new WorkerMessage.StrayThread(thread.getName(), task.orElse("?"),
                            method.orElse(thread.getState().toString())));
                }
            }
            return strays;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean threadsLeftBehind(ThreadWatch threads) {
        return threads.started().stream().anyMatch(thread -> thread.isAlive() && !thread.isDaemon());
    }

    private LauncherDiscoveryRequest request(WorkerCommand.Run run, ClassLoader loader) {
        List<ClassSelector> selectors = new ArrayList<>();
        for (String name : run.testClasses()) {
            if (name.indexOf('$') >= 0) {
                continue; // nested tests come with their top-level class
            }
            try {
                selectors.add(selectClass(Class.forName(name, false, loader)));
            } catch (ClassNotFoundException | LinkageError e) {
                // javac just wrote it; a class that still cannot load is left out, and shows as a missing test
            }
        }
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(skipping(run.skipTests(), run.skipTasks(), Optional.ofNullable(run.onlyTask())))
                .configurationParameters(parameters(run.testTimeoutMillis()))
                .build();
    }

    private static Map<String, String> parameters(long testTimeoutMillis) {
        return Map.of(
                "junit.jupiter.execution.timeout.default", testTimeoutMillis + " ms",
                // A separate thread lets the run walk away from a learner's endless loop.
                "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD",
                "junit.jupiter.execution.parallel.enabled", "false",
                // Finds the TaskGate, which stops a task after its first timeout.
                "junit.jupiter.extensions.autodetection.enabled", "true");
    }

    // Tests that ran in an earlier worker, and the tasks that stopped it, are not run again, nor the
    // tests of other tasks when the run is for one; a parameterised test (a container of its cases)
    // counts as a test here. JUnit then prunes the classes left without tests.
    private static PostDiscoveryFilter skipping(Set<String> tests, Set<String> tasks, Optional<String> onlyTask) {
        return descriptor -> {
            boolean method = descriptor.isTest() || descriptor.getSource().orElse(null) instanceof MethodSource;
            Optional<String> task = method ? taskOf(descriptor) : Optional.empty();
            boolean skipped = method && (tests.contains(descriptor.getUniqueId().toString())
                    || task.filter(tasks::contains).isPresent()
                    || onlyTask.filter(only -> !task.equals(Optional.of(only))).isPresent());
            return skipped ? FilterResult.excluded("not to run") : FilterResult.included("to run");
        };
    }

    private static Optional<String> taskOf(TestDescriptor descriptor) {
        for (Optional<TestDescriptor> at = Optional.of(descriptor); at.isPresent(); at = at.get().getParent()) {
            Optional<String> task = task(at.get().getTags().stream().map(TestTag::getName).toList());
            if (task.isPresent()) {
                return task;
            }
        }
        return Optional.empty();
    }

    static Optional<String> task(java.util.Collection<String> tags) {
        return tags.stream().filter(tag -> tag.startsWith(Task.TASK_TAG_PREFIX))
                .map(tag -> tag.substring(Task.TASK_TAG_PREFIX.length())).findFirst();
    }

    private static URL url(String classes) {
        try {
            return Path.of(classes).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Reports each test as it starts and ends, and notes which test started which thread. */
    private final class Listener implements TestExecutionListener {
        private final WorkerCommand.Run run;
        private final IncidentText text;
        private final Frames frames;
        private final Running running;
        private final Map<Thread, String> threadTasks = new ConcurrentHashMap<>();
        private final Set<String> reported = ConcurrentHashMap.newKeySet();
        private final Map<String, Set<Thread>> threadsBefore = new ConcurrentHashMap<>();
        private volatile TestPlan plan;
        private volatile boolean heapRanOut;

        Listener(WorkerCommand.Run run, IncidentText text, Frames frames, Running running) {
            this.run = run;
            this.text = text;
            this.frames = frames;
            this.running = running;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            this.plan = testPlan;
            List<WorkerMessage.PlannedTest> tests = new ArrayList<>();
            for (TestIdentifier root : testPlan.getRoots()) {
                collect(root, new ArrayList<>(), tests);
            }
            channel.accept(new WorkerMessage.Plan(run.run(), tests));
        }

        private void collect(TestIdentifier at, List<String> parents, List<WorkerMessage.PlannedTest> tests) {
            Set<TestIdentifier> children = plan.getChildren(at);
            boolean leaf = at.isTest() || (children.isEmpty() && at.getSource().orElse(null) instanceof MethodSource);
            List<String> inner = new ArrayList<>(parents);
            if (at.getSource().isPresent()) {
                tests.add(new WorkerMessage.PlannedTest(at.getUniqueId(), List.copyOf(parents), testClass(at),
                        at.getDisplayName(), taskOf(at).orElse(null), leaf));
                inner.add(at.getUniqueId());
            }
            if (leaf) {
                return;
            }
            for (TestIdentifier child : children) {
                collect(child, inner, tests);
            }
        }

        @Override
        public void dynamicTestRegistered(TestIdentifier test) {
            // A parameterised test's cases appear as they run; they are reported like any other test.
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (!test.isTest() && test.getSource().isEmpty()) {
                return; // the engine itself
            }
            running.id = test.getUniqueId();
            taskOf(test).ifPresent(task -> running.task = task);
            if (test.isTest()) {
                threadsBefore.put(test.getUniqueId(), ThreadWatch.live());
            }
            channel.accept(new WorkerMessage.Started(run.run(), test.getUniqueId(), timeoutOf(test).toMillis(),
                    testClass(test), test.getDisplayName(), taskOf(test).orElse(null), test.isTest()));
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (TaskGate.CANCELLED.equals(reason) && heapRanOut) {
                return; // not run here: the kit runs it in a fresh worker
            }
            if (test.isTest()) {
                send(test, outcome(test, TestStatus.SKIPPED, FailureKind.NOT_RUN, reason));
                return;
            }
            // A skipped container reports none of its tests: report each, so every test has a result.
            for (TestIdentifier inside : plan.getDescendants(test)) {
                if (inside.isTest()) {
                    send(inside, outcome(inside, TestStatus.SKIPPED, FailureKind.NOT_RUN, reason));
                }
            }
            channel.accept(new WorkerMessage.Finished(run.run(), test.getUniqueId(), null, true));
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest() && test.getSource().isEmpty()) {
                return;
            }
            if (test.isTest()) {
                noteThreadsStartedBy(test);
            }
            Optional<Throwable> failure = result.getThrowable();
            TestStatus status = switch (result.getStatus()) {
                case SUCCESSFUL -> TestStatus.PASSED;
                case FAILED -> TestStatus.FAILED;
                case ABORTED -> TestStatus.SKIPPED;
            };
            FailureKind kind = status == TestStatus.PASSED ? FailureKind.NONE
                    : status == TestStatus.SKIPPED ? FailureKind.NOT_RUN
                    : failure.map(FailureClassifier::kind).orElse(FailureKind.ASSERTION);
            if (kind == FailureKind.OUT_OF_MEMORY) {
                // Other threads (the test's server) may have lost theirs too: nothing more runs in this JVM.
                heapRanOut = true;
                TaskGate.cancel();
            }
            String message = failure.map(f -> message(test, kind, f)).orElse("");
            if (kind == FailureKind.TIMEOUT) {
                taskOf(test).ifPresent(TaskGate::stop);
            }
            if (test.isTest()) {
                send(test, outcome(test, status, kind, message));
                return;
            }
            OutcomeData setup = status == TestStatus.FAILED ? OutcomeData.of(outcome(test, status, kind, message)) : null;
            if (setup != null) {
                // JUnit reports nothing for the tests of a class whose set-up failed: each still gets a result.
                for (TestIdentifier inside : plan.getDescendants(test)) {
                    if (inside.isTest() && !reported.contains(inside.getUniqueId())) {
                        send(inside, outcome(inside, TestStatus.SKIPPED, FailureKind.NOT_RUN,
                                text.notRunAfterSetUp(test.getDisplayName())));
                    }
                }
            }
            channel.accept(new WorkerMessage.Finished(run.run(), test.getUniqueId(), setup, true));
        }

        boolean heapRanOut() {
            return heapRanOut;
        }

        /** The heap ran out: the test (or container) that was running takes the blame. */
        void outOfMemory(OutOfMemoryError error) {
            heapRanOut = true;
            String id = running.id;
            TestIdentifier test = id == null || plan == null ? null : plan.getTestIdentifier(id);
            String task = running.task == null ? "?" : running.task;
            String message = text.outOfMemory(task, frames.methodIn(error));
            if (test != null) {
                OutcomeData outcome = OutcomeData.of(outcome(test, TestStatus.FAILED, FailureKind.OUT_OF_MEMORY, message));
                channel.accept(new WorkerMessage.Finished(run.run(), id, outcome, !test.isTest()));
            }
        }

        private String message(TestIdentifier test, FailureKind kind, Throwable failure) {
            if (kind == FailureKind.TIMEOUT) {
                String task = taskOf(test).orElse(test.getDisplayName());
                return text.timeout(task, timeoutOf(test), frames.methodIn(failure));
            }
            if (kind == FailureKind.OUT_OF_MEMORY) {
                return text.outOfMemory(taskOf(test).orElse(test.getDisplayName()), frames.methodIn(failure));
            }
            return FailureClassifier.describe(failure);
        }

        private void send(TestIdentifier test, TestOutcome outcome) {
            reported.add(test.getUniqueId());
            channel.accept(new WorkerMessage.Finished(run.run(), test.getUniqueId(), OutcomeData.of(outcome), false));
        }

        private void noteThreadsStartedBy(TestIdentifier test) {
            Set<Thread> before = threadsBefore.remove(test.getUniqueId());
            if (before == null) {
                return;
            }
            String task = taskOf(test).orElse(test.getDisplayName());
            for (Thread thread : ThreadWatch.live()) {
                if (!before.contains(thread) && !thread.isDaemon()) {
                    threadTasks.putIfAbsent(thread, task);
                }
            }
        }

        Optional<String> taskThatStarted(Thread thread) {
            return Optional.ofNullable(threadTasks.get(thread));
        }

        private TestOutcome outcome(TestIdentifier test, TestStatus status, FailureKind kind, String message) {
            return new TestOutcome(testClass(test), test.getDisplayName(), taskOf(test), status, message, kind);
        }

        private Optional<String> taskOf(TestIdentifier test) {
            for (Optional<TestIdentifier> at = Optional.of(test); at.isPresent(); at = at.flatMap(plan::getParent)) {
                Optional<String> task = task(at.get().getTags().stream().map(TestTag::getName).toList());
                if (task.isPresent()) {
                    return task;
                }
            }
            return Optional.empty();
        }

        // The top-level class a test or container belongs to, found through its own or its parents' source.
        private String testClass(TestIdentifier test) {
            for (Optional<TestIdentifier> at = Optional.of(test); at.isPresent(); at = at.flatMap(plan::getParent)) {
                Object source = at.get().getSource().orElse(null);
                if (source instanceof MethodSource method) {
                    return topLevel(method.getClassName());
                }
                if (source instanceof ClassSource type) {
                    return topLevel(type.getClassName());
                }
            }
            return test.getDisplayName();
        }

        // What JUnit allows this test: its own @Timeout, its classes', or the run's default.
        private Duration timeoutOf(TestIdentifier test) {
            Duration fallback = Duration.ofMillis(run.testTimeoutMillis());
            Object source = test.getSource().orElse(null);
            try {
                if (source instanceof MethodSource method) {
                    Method javaMethod = method.getJavaMethod();
                    return declared(javaMethod).or(() -> enclosing(javaMethod.getDeclaringClass())).orElse(fallback);
                }
                if (source instanceof ClassSource type) {
                    return enclosing(type.getJavaClass()).orElse(fallback);
                }
            } catch (RuntimeException | LinkageError e) {
                // a class that does not load has no annotations to read
            }
            return fallback;
        }

        private Optional<Duration> enclosing(Class<?> type) {
            for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
                Optional<Duration> declared = declared(at);
                if (declared.isPresent()) {
                    return declared;
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<Duration> declared(AnnotatedElement element) {
        Timeout timeout = element.getAnnotation(Timeout.class);
        return timeout == null ? Optional.empty() : Optional.of(Duration.of(timeout.value(), timeout.unit().toChronoUnit()));
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }
}
