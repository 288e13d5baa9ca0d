package dev.apikata.kit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.ForwardingRunner;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lanes check modules side by side, and a lane with no module left tries the others' known mistakes. */
class ParallelCheckTest {

    @TempDir
    Path dir;

    private FixtureProject fixture;

    @BeforeEach
    void createFixture() {
        fixture = FixtureProject.create(dir);
    }

    @Test
    @DisplayName("one module, two lanes: the idle lane tries some of its mistakes, and the result is the one lane's")
    void anIdleLaneTriesTheOthersMistakes() {
        ExerciseModule greetings = fixture.module("01-greetings");
        ModuleCheck alone = new CourseCheck(SharedRunner.get(), fixture.root()).check(greetings);
        CountDownLatch helperTried = new CountDownLatch(1);
        // The module's own lane waits for the other lane before each trial: without sharing, it would wait in vain.
        CountingRunner own = new CountingRunner(() -> awaitQuietly(helperTried));
        CountingRunner helper = new CountingRunner(helperTried::countDown);

        List<ModuleCheck> checks = new ParallelCheck(List.of(new CourseCheck(own, fixture.root()),
                new CourseCheck(helper, fixture.root()))).check(List.of(new ParallelCheck.Item(greetings,
                greetings.stubSources())), module -> { });

        assertThat(helper.trials()).as("trials run by the lane without a module").isPositive();
        assertThat(own.trials() + helper.trials()).as("trials of the module's two mistakes").isGreaterThanOrEqualTo(2);
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.passed()).isTrue();
            assertThat(check.results()).isEqualTo(alone.results());
        });
        assertThat(greetings.directory().resolve("target/kit/mistake-lane2")).as("the helper's own folder").isDirectory();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shared runner, counting the task runs (mistake trials) made through it. */
    private static final class CountingRunner extends ForwardingRunner {
        private final Runnable beforeTrial;
        private final AtomicInteger trials = new AtomicInteger();

        CountingRunner(Runnable beforeTrial) {
            this.beforeTrial = beforeTrial;
        }

        int trials() {
            return trials.get();
        }

        @Override
        public RunResult testTask(CompiledModule compiled, String taskId) {
            beforeTrial.run();
            trials.incrementAndGet();
            return real.testTask(compiled, taskId);
        }

    }
}
