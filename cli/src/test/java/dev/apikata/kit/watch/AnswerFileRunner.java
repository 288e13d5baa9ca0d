package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.runner.RunCancelledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A stand-in for the kit's runner: a task passes when its id is a line of the module's answers.txt.
 * Other lines act out what a run can do: "explode" (the kit fails), "syntax error", "slow" (runs
 * until cancelled, as tests stuck in a learner's endless loop do), "long failure".
 */
final class AnswerFileRunner implements ModuleTestRunner {

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final AtomicInteger slowInProgress = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private volatile CountDownLatch slowStarted = new CountDownLatch(1);

    @Override
    public ModuleStatus run(ExerciseModule module) {
        runs.computeIfAbsent(module.name(), name -> new AtomicInteger()).incrementAndGet();
        Set<String> solved;
        try {
            solved = Set.copyOf(Files.readAllLines(module.stubSources().resolve("answers.txt")).stream()
                    .map(String::strip).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (solved.contains("explode")) {
            throw new IllegalStateException("the disk is full");
        }
        if (solved.contains("slow")) {
            runUntilCancelled();
        }
        if (solved.contains("syntax error")) {
            return new ModuleStatus(module.name(), module.manifest().tasks().stream()
                    .map(task -> TaskStatus.fail(task.id(), "")).toList(),
                    Optional.of("src/main/java/answers.txt:1: ';' expected"));
        }
        String failure = solved.contains("long failure")
                ? IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i + " of a long failure\n\n\n").collect(Collectors.joining())
                : null;
        List<TaskStatus> tasks = module.manifest().tasks().stream()
                .map(task -> solved.contains(task.id()) ? TaskStatus.pass(task.id())
                        : TaskStatus.fail(task.id(), failure != null ? failure : "Task " + task.id() + " is not done yet."))
                .toList();
        return new ModuleStatus(module.name(), tasks, Optional.empty());
    }

    private void runUntilCancelled() {
        slowInProgress.incrementAndGet();
        slowStarted.countDown();
        try {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        } catch (InterruptedException e) {
            cancelled.incrementAndGet();
            Thread.currentThread().interrupt();
            throw new RunCancelledException();
        } finally {
            slowInProgress.decrementAndGet();
        }
    }

    void awaitSlowRunStarted(Duration wait) throws InterruptedException {
        if (!slowStarted.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no slow run started within " + wait);
        }
    }

    int slowRunsInProgress() {
        return slowInProgress.get();
    }

    int cancelledRuns() {
        return cancelled.get();
    }

    int runsOf(String module) {
        AtomicInteger count = runs.get(module);
        return count == null ? 0 : count.get();
    }
}
