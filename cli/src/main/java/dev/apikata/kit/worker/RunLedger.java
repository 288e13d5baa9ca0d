package dev.apikata.kit.worker;

import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.runner.TestStatus;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The account of one run across the workers it needed: the plan the first worker announced, each
 * outcome as it arrives, and, when a worker dies, the blame for the test that was running. From it
 * comes the command for the next worker (only what has not run, without the tasks that stopped a
 * worker) and in the end one outcome per planned test.
 */
final class RunLedger {

    private record Activity(WorkerMessage.Started started) {
        String id() {
            return started.id();
        }

        long timeoutMillis() {
            return started.timeoutMillis();
        }
    }

    private final TestRun run;
    private final WorkerSettings settings;
    private final IncidentText text;
    private final Map<String, WorkerMessage.PlannedTest> plan = new LinkedHashMap<>();
    private final Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
    private final Set<String> templatesRun = new HashSet<>();
    private final Map<String, TestOutcome> setupFailures = new LinkedHashMap<>();
    private final Map<String, FailureKind> stoppedTasks = new LinkedHashMap<>();
    private final Deque<Activity> running = new ArrayDeque<>();
    private final StringBuilder output = new StringBuilder();
    private boolean outputCut;
    private final Set<String> notices = new LinkedHashSet<>();
    private WorkerMessage.Exiting exiting;
    private long lastEvent = System.nanoTime();
    private boolean retire;
    private boolean replaced;

    RunLedger(TestRun run, WorkerSettings settings) {
        this.run = run;
        this.settings = settings;
        this.text = new IncidentText(run.language());
    }

    /** The command for the next worker: every test not run yet, except those of a stopped task. */
    WorkerCommand.Run command(long id) {
        Set<String> done = new LinkedHashSet<>(outcomes.keySet());
        done.addAll(templatesRun);
        running.clear();
        exiting = null;
        retire = false;
        lastEvent = System.nanoTime();
        return new WorkerCommand.Run(id, run.classes().toAbsolutePath().toString(), run.testClasses(),
                run.mainClasses(), run.language().code(), settings.testTimeout().toMillis(), done,
                Set.copyOf(stoppedTasks.keySet()), run.onlyTask().orElse(null));
    }

    /** When the kit stops waiting for the next message: the running test's limit plus grace, from its last sign of life. */
    long activityDeadline() {
        long limit = running.isEmpty() ? settings.testTimeout().toMillis() : running.peekLast().timeoutMillis();
        return lastEvent + Duration.ofMillis(limit).plus(settings.grace()).toNanos();
    }

    void accept(WorkerMessage message) {
        lastEvent = System.nanoTime();
        if (message instanceof WorkerMessage.Plan announced && plan.isEmpty()) {
            announced.tests().forEach(test -> plan.put(test.id(), test));
        } else if (message instanceof WorkerMessage.Started started) {
            running.addLast(new Activity(started));
        } else if (message instanceof WorkerMessage.Finished finished) {
            finished(finished);
        } else if (message instanceof WorkerMessage.Done done) {
            appendOutput(done.output());
            done.strays().forEach(thread -> notices.add(text.stray(thread)));
            retire = done.retire();
        } else if (message instanceof WorkerMessage.Exiting last) {
            exiting = last;
        }
    }

    private void finished(WorkerMessage.Finished finished) {
        running.removeIf(activity -> activity.id().equals(finished.id()));
        if (finished.container()) {
            WorkerMessage.PlannedTest planned = plan.get(finished.id());
            if (planned != null && planned.test()) {
                templatesRun.add(finished.id());
            }
            if (finished.outcome() != null) {
                setupFailures.put(finished.id(), finished.outcome().toOutcome());
            }
            return;
        }
        TestOutcome outcome = finished.outcome().toOutcome();
        outcomes.put(finished.id(), outcome);
        if (outcome.kind() == FailureKind.TIMEOUT || outcome.kind().endsTheWorker()) {
            outcome.taskId().ifPresent(task -> stoppedTasks.putIfAbsent(task, outcome.kind()));
        }
    }

    /** True if the worker asked not to be used again. */
    boolean retire() {
        return retire;
    }

    /** The worker's output ended without a finished run: it exited, ran out of memory or crashed. */
    void ended(int exitCode, String errorTail) {
        replaced = true;
        Optional<String> method = exiting == null ? Optional.empty() : Optional.ofNullable(exiting.method());
        if ((exiting != null && exiting.outOfMemory()) || (exiting == null && errorTail.contains("OutOfMemoryError"))) {
            blame(FailureKind.OUT_OF_MEMORY, task -> text.outOfMemory(task, method));
        } else if (exiting != null) {
            blame(FailureKind.EXIT, task -> text.exit(task, method, exitCode));
        } else {
            blame(FailureKind.CRASH, task -> text.crash(task, exitCode));
        }
    }

    /** The running test went past its limit and the worker did not stop it: the kit killed the worker. */
    void stuck() {
        replaced = true;
        long limit = running.isEmpty() ? settings.testTimeout().toMillis() : running.peekLast().timeoutMillis();
        blame(FailureKind.TIMEOUT, task -> text.timeout(task, Duration.ofMillis(limit), Optional.empty()));
    }

    /** The whole run went past its deadline: the kit killed the worker. */
    void pastDeadline() {
        replaced = true;
        blame(FailureKind.TIMEOUT, task -> text.deadline(settings.runDeadline(), task));
        plan.values().stream().filter(WorkerMessage.PlannedTest::test).map(WorkerMessage.PlannedTest::task)
                .filter(task -> task != null).forEach(task -> stoppedTasks.putIfAbsent(task, FailureKind.TIMEOUT));
    }

    /** True if some planned test has not run and its task did not stop a worker. */
    boolean hasTestsToResume() {
        return plan.values().stream().filter(WorkerMessage.PlannedTest::test)
                .anyMatch(test -> !ran(test) && (test.task() == null || !stoppedTasks.containsKey(test.task())));
    }

    /** One outcome per planned test, in the order they were planned; what did not run says why. */
    WorkerReport report() {
        List<TestOutcome> tests = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (WorkerMessage.PlannedTest test : plan.values()) {
            if (!test.test()) {
                continue;
            }
            boolean any = false;
            for (Map.Entry<String, TestOutcome> outcome : outcomes.entrySet()) {
                String id = outcome.getKey();
                if (id.equals(test.id()) || id.startsWith(test.id() + "/")) {
                    tests.add(outcome.getValue());
                    placed.add(id);
                    any = true;
                }
            }
            if (!any && !templatesRun.contains(test.id())) {
                tests.add(notRun(test));
            }
        }
        outcomes.forEach((id, outcome) -> {
            if (!placed.contains(id)) {
                tests.add(outcome);
            }
        });
        List<String> allNotices = new ArrayList<>(notices);
        if (replaced) {
            allNotices.add(text.restarted());
        }
        return new WorkerReport(tests, List.copyOf(setupFailures.values()), output.toString(), allNotices);
    }

    private boolean ran(WorkerMessage.PlannedTest test) {
        return outcomes.containsKey(test.id()) || templatesRun.contains(test.id());
    }

    private TestOutcome notRun(WorkerMessage.PlannedTest test) {
        FailureKind why = test.task() == null ? null : stoppedTasks.get(test.task());
        String reason = why == null ? text.notRunWorkerStopped()
                : why == FailureKind.TIMEOUT ? text.notRunAfter(test.task()) : text.notRunAfterStop(test.task());
        return new TestOutcome(test.testClass(), test.displayName(), Optional.ofNullable(test.task()),
                TestStatus.SKIPPED, reason, FailureKind.NOT_RUN);
    }

    // The test or container that was running takes the blame; a container's tests did not run.
    private void blame(FailureKind kind, Function<String, String> message) {
        Activity current = running.peekLast();
        WorkerMessage.PlannedTest at = current == null ? null : plan.getOrDefault(current.id(),
                new WorkerMessage.PlannedTest(current.id(), List.of(), current.started().testClass(),
                        current.started().displayName(), current.started().task(), current.started().test()));
        if (at == null) {
            String testClass = run.testClasses().isEmpty() ? "?" : run.testClasses().get(0);
            setupFailures.put("run", new TestOutcome(testClass, testClass.substring(testClass.lastIndexOf('.') + 1),
                    Optional.empty(), TestStatus.FAILED, message.apply("?"), kind));
            return;
        }
        String task = at.task() != null ? at.task() : at.displayName();
        if (at.task() != null) {
            stoppedTasks.putIfAbsent(at.task(), kind);
        }
        TestOutcome outcome = new TestOutcome(at.testClass(), at.displayName(), Optional.ofNullable(at.task()),
                TestStatus.FAILED, message.apply(task), kind);
        if (at.test()) {
            outcomes.put(at.id(), outcome);
            return;
        }
        setupFailures.put(at.id(), outcome);
        for (WorkerMessage.PlannedTest inside : plan.values()) {
            if (inside.test() && inside.parents().contains(at.id()) && !ran(inside)) {
                outcomes.put(inside.id(), new TestOutcome(inside.testClass(), inside.displayName(),
                        Optional.ofNullable(inside.task()), TestStatus.SKIPPED, text.notRunWorkerStopped(),
                        FailureKind.NOT_RUN));
            }
        }
    }

    private void appendOutput(String more) {
        if (more == null || outputCut) {
            return;
        }
        int room = settings.outputLimit() - output.length();
        output.append(more, 0, Math.max(0, Math.min(room, more.length())));
        if (more.length() > room) {
            // Said once, so a runaway print loop shows where its output was cut.
            output.append('\n').append(text.outputCut(settings.outputLimit())).append('\n');
            outputCut = true;
        }
    }
}
