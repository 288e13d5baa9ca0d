package dev.apikata.kit.check;

import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeTrial;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.ModuleRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The known-mistake trials of the modules being checked, open to every lane of a {@link ParallelCheck}:
 * the lane whose module they are works through them, and so does any lane that has no module left.
 * The trials of the timeout and concurrency modules mostly wait on a server's delays, so a second
 * runner on them halves the time the check waits at its end.
 */
final class TrialExchange {

    private record Trial(CompiledModule solution, KnownMistake mistake, CompletableFuture<MistakeTrial> result) {
    }

    private final BlockingQueue<Trial> waiting = new LinkedBlockingQueue<>();

    /**
     * Tries every mistake on {@code solution} and returns the trials in the mistakes' order. The
     * calling lane runs trials with {@code runner} (its own or another module's) until all of these
     * are done, some perhaps by other lanes.
     */
    List<MistakeTrial> runAll(CompiledModule solution, List<KnownMistake> mistakes, ModuleRunner runner, String lane) {
        List<CompletableFuture<MistakeTrial>> results = mistakes.stream().map(mistake -> {
            CompletableFuture<MistakeTrial> result = new CompletableFuture<>();
            waiting.add(new Trial(solution, mistake, result));
            return result;
        }).toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(results.toArray(CompletableFuture[]::new));
        while (!all.isDone()) {
            runOne(runner, lane, Duration.ofMillis(50));
        }
        try {
            return results.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Runs one waiting trial with {@code runner}, if one comes within {@code patience}; true if it did. */
    boolean runOne(ModuleRunner runner, String lane, Duration patience) {
        Trial trial;
        try {
            trial = waiting.poll(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
        if (trial == null) {
            return false;
        }
        // Each lane puts its mistaken copies in a folder of its own, beside the module's other output.
        Path work = trial.solution().module().directory().resolve("target/kit/mistake-" + lane);
        try {
            trial.result().complete(MistakeTrial.run(trial.solution(), trial.mistake(), runner, work));
        } catch (RuntimeException | Error e) {
            trial.result().completeExceptionally(e);
        }
        return true;
    }
}
