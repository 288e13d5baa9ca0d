package dev.apikata.kit.check;

import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Checks several modules at once, one module per lane at a time. Each lane is a {@link CourseCheck}
 * with a runner of its own (its own compiler and test worker), so one module's compiling overlaps
 * another's tests, and the real waits of the timeout and concurrency modules overlap everything.
 * Modules are disjoint (each compiles into its own {@code target/}). Known-mistake trials are shared
 * through a {@link TrialExchange}: a lane with no module left tries the mistakes of the modules still
 * being checked, each lane in a folder of its own.
 */
public final class ParallelCheck {

    /** A module to check, with the stubs to check it with (see {@link CourseCheck#check(ExerciseModule, Path)}). */
    public record Item(ExerciseModule module, Path stubSources) {
        public Item {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(stubSources, "stubSources");
        }
    }

    private final List<CourseCheck> lanes;

    /** @param lanes one check per lane, each with a runner no other lane uses */
    public ParallelCheck(List<CourseCheck> lanes) {
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("at least one lane");
        }
        this.lanes = List.copyOf(lanes);
    }

    /**
     * Checks every item and returns the results in the items' order. The costliest modules (most
     * known mistakes to try) start first, so no lane is left with a long module at the end.
     *
     * @param onStart told, on the lane's thread, when a module starts
     */
    public List<ModuleCheck> check(List<Item> items, Consumer<ExerciseModule> onStart) {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparingInt((Integer index) -> cost(items.get(index))).reversed()).toList());
        ModuleCheck[] results = new ModuleCheck[items.size()];
        // Every lane, even with fewer modules than lanes: a lane without a module tries others' mistakes.
        int laneCount = lanes.size();
        TrialExchange exchange = new TrialExchange();
        AtomicInteger unfinished = new AtomicInteger(items.size());
        ExecutorService threads = Executors.newFixedThreadPool(laneCount, runnable -> {
            Thread thread = new Thread(runnable, "kit-check-lane");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int number = 0; number < laneCount; number++) {
                String name = "lane" + (number + 1);
                CourseCheck lane = lanes.get(number);
                CourseCheck sharing = lane.sharingTrials(exchange, name);
                running.add(threads.submit(() -> {
                    for (Integer index = queue.poll(); index != null; index = queue.poll()) {
                        Item item = items.get(index);
                        onStart.accept(item.module());
                        try {
                            results[index] = sharing.check(item.module(), item.stubSources());
                        } finally {
                            unfinished.decrementAndGet();
                        }
                    }
                    while (unfinished.get() > 0) {
                        lane.helpWithTrials(exchange, name, Duration.ofMillis(50));
                    }
                }));
            }
            for (Future<?> lane : running) {
                await(lane);
            }
        } finally {
            threads.shutdownNow();
        }
        return List.of(results);
    }

    private static void await(Future<?> lane) {
        try {
            lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    // Trying the known mistakes is most of a module's check.
    private static int cost(Item item) {
        return MistakeCatalogue.of(item.module()).mistakes().size() + item.module().manifest().tasks().size();
    }
}
