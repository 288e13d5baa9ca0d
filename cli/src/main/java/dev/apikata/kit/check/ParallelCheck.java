package dev.apikata.kit.check;

import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Checks several modules at once, one module per lane at a time. Each lane is a {@link CourseCheck}
 * with a runner of its own (its own compiler and test worker), so one module's compiling overlaps
 * another's tests, and the real waits of the timeout and concurrency modules overlap everything.
 * Modules are disjoint (each compiles into its own {@code target/}), so lanes share nothing.
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
        int laneCount = Math.min(lanes.size(), Math.max(1, items.size()));
        ExecutorService threads = Executors.newFixedThreadPool(laneCount, runnable -> {
            Thread thread = new Thread(runnable, "kit-check-lane");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (CourseCheck lane : lanes.subList(0, laneCount)) {
                running.add(threads.submit(() -> {
                    for (Integer index = queue.poll(); index != null; index = queue.poll()) {
                        Item item = items.get(index);
                        onStart.accept(item.module());
                        results[index] = lane.check(item.module(), item.stubSources());
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
