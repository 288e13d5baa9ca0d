package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small exercise-like tests through the Jupiter engine and reads what the learner would see. */
@ExtendWith(SpeaksEnglish.class)
class LearnerFeedbackTest {

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(ExerciseLikeTests.class, method))
                .execute().testEvents();
    }

    @Test
    void aReachedStubReportsOnlyItsOwnMessage() {
        run("hidesTheStubBehindAnAssertion").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(TaskNotDoneException.class),
                message(m -> m.startsWith("Task 99.1 \"Return a greeting\" is not done yet.")
                        && m.contains("chapters/en/99-test.md#greeting")
                        && m.contains("./kit hint 99.1"))));
    }

    @Test
    void aStubReachedOnAThreadTheTestStartedIsReportedToo() {
        run("reachesTheStubOnAnotherThread").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(TaskNotDoneException.class), message(m -> m.startsWith("Task 99.1 "))));
    }

    @Test
    void aStubThatTravelsAsACauseIsReported() {
        run("reachesTheStubInASharedPool").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(TaskNotDoneException.class)));
    }

    @Test
    void testsRunningInParallelKeepTheirOwnStubs() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .selectors(selectClass(ParallelTests.class))
                .execute().testEvents();

        events.assertThatEvents()
                .haveExactly(1, event(test("reachesAStub"), finishedWithFailure(instanceOf(TaskNotDoneException.class))))
                .haveExactly(1, event(test("failsOnItsOwn"), finishedWithFailure(
                        message(m -> m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")))));
    }

    @Test
    void aWrongResultIsFramedWithTaskChapterAndHint() {
        run("failsAnAssertion").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(AssertionError.class),
                message(m -> m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                        && m.contains("1 + 1 should be 2")
                        && m.endsWith("→ Read: chapters/en/99-test.md#addition  Hint: ./kit hint 99.2"))));
    }

    @Test
    void anExpectedExceptionThatNeverComesKeepsTheTestsDescription() {
        run("expectsAnExceptionThatNeverComes").assertThatEvents().haveExactly(1, finishedWithFailure(
                message(m -> m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                        && m.contains("[add(1, 1) when the numbers overflow]")
                        && m.contains("Expecting code to raise a throwable"))));
    }

    @Test
    void anUnexpectedExceptionKeepsItsType() {
        run("throwsAnException").assertThatEvents().haveExactly(1, finishedWithFailure(
                message(m -> m.contains("IllegalStateException: connection refused"))));
    }

    @Test
    void aTestWithoutATaskTagFailsAsItWould() {
        run("hasNoTag").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(IllegalStateException.class), message("untagged")));
    }

    @Test
    void theFramingSpeaksJapaneseWhenAsked() {
        System.setProperty(Language.SYSTEM_PROPERTY, "ja");

        run("failsAnAssertion").assertThatEvents().haveExactly(1, finishedWithFailure(
                message(m -> m.startsWith("タスク 99.2「足し算」のテストが通りません:")
                        && m.endsWith("→ 解説: chapters/ja/99-test.md#addition　ヒント: ./kit hint 99.2"))));
    }

    @Test
    void theStubMessageSpeaksJapaneseWhenAsked() {
        System.setProperty(Language.SYSTEM_PROPERTY, "ja");

        assertThatThrownBy(() -> {
            throw NotDoneYet.task("99.1");
        }).isInstanceOf(TaskNotDoneException.class)
                .hasMessageStartingWith("タスク 99.1「挨拶を返す」はまだ実装されていません。")
                .hasMessageContaining("chapters/ja/99-test.md#greeting");
    }

    @Test
    void anUnknownTaskStillGetsAMessage() {
        assertThat(NotDoneYet.task("42.1")).hasMessage("Task 42.1 is not done yet. Stuck? ./kit hint 42.1 shows a hint.")
                .extracting(TaskNotDoneException::taskId).isEqualTo("42.1");
    }

    @Test
    void aTimeoutSkipsTheOtherTestsOfItsTaskOnly() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TimeoutTests.class)).execute().testEvents();

        events.assertThatEvents()
                .haveExactly(1, event(test("loopsUntilTheTimeout"), finishedWithFailure(
                        message(m -> m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                                && m.contains("It did not finish in time: an endless loop, or a wait that is too long?")
                                && m.contains("The other tests of task 99.2 are skipped in this run.")
                                && m.contains("timed out after 100 milliseconds")))))
                .haveExactly(1, event(test("wouldPassButComesAfterTheTimeout"),
                        skippedWithReason("Did not run: an earlier test of task 99.2 did not finish in time.")))
                .haveExactly(1, event(test("anotherTaskStillRuns"), finishedSuccessfully()));
    }

    @Test
    void theTimeoutMessageSpeaksJapaneseWhenAsked() {
        System.setProperty(Language.SYSTEM_PROPERTY, "ja");

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(TimeoutTests.class)).execute().testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("loopsUntilTheTimeout"), finishedWithFailure(
                        message(m -> m.contains("時間内に終わりませんでした。無限ループか、長すぎる待ち時間はありませんか？")))))
                .haveExactly(1, event(test("wouldPassButComesAfterTheTimeout"),
                        skippedWithReason("実行していません: タスク 99.2 の前のテストが時間内に終わりませんでした。")));
    }

    /** Stand-ins for exercise tests; only run through the test kit above. */
    @ExtendWith(LearnerFeedback.class)
    static class ExerciseLikeTests {

        @Test
        @Tag("task:99.1")
        void hidesTheStubBehindAnAssertion() {
            try {
                throw NotDoneYet.task("99.1");
            } catch (TaskNotDoneException swallowed) {
                throw new AssertionError("expected \"hello\" but got an exception");
            }
        }

        @Test
        @Tag("task:99.1")
        void reachesTheStubOnAnotherThread() throws Exception {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                executor.submit(() -> {
                    try {
                        throw NotDoneYet.task("99.1");
                    } catch (TaskNotDoneException swallowed) {
                        return "nothing";
                    }
                }).get();
            } finally {
                executor.shutdownNow();
            }
            throw new AssertionError("expected \"hello\" but got \"nothing\"");
        }

        @Test
        @Tag("task:99.1")
        void reachesTheStubInASharedPool() {
            CompletableFuture.supplyAsync(() -> {
                throw NotDoneYet.task("99.1");
            }).join();
        }

        @Test
        @Tag("task:99.2")
        void failsAnAssertion() {
            assertThat(1 + 1 + 1).as("1 + 1 should be 2").isEqualTo(2);
        }

        @Test
        @Tag("task:99.2")
        void expectsAnExceptionThatNeverComes() {
            assertThatExceptionOfType(ArithmeticException.class)
                    .as("add(1, 1) when the numbers overflow")
                    .isThrownBy(() -> Math.addExact(1, 1));
        }

        @Test
        @Tag("task:99.2")
        void throwsAnException() {
            throw new IllegalStateException("connection refused");
        }

        @Test
        void hasNoTag() {
            throw new IllegalStateException("untagged");
        }
    }

    /** A test that does not finish in time, then one more test of its task and one of another task. */
    @ExtendWith(LearnerFeedback.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TimeoutTests {

        @Test
        @Order(1)
        @Tag("task:99.2")
        @Timeout(value = 100, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void loopsUntilTheTimeout() {
            // A learner's endless loop; this one at least ends when JUnit interrupts it.
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }

        @Test
        @Order(2)
        @Tag("task:99.2")
        void wouldPassButComesAfterTheTimeout() {
            assertThat(1 + 1).isEqualTo(2);
        }

        @Test
        @Order(3)
        @Tag("task:99.1")
        void anotherTaskStillRuns() {
            assertThat("hello").isNotEmpty();
        }
    }

    /** Two tests that overlap in time: one reaches a stub, the other fails without one. */
    @ExtendWith(LearnerFeedback.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ParallelTests {

        private static final CountDownLatch BOTH_RUNNING = new CountDownLatch(2);
        private static final CountDownLatch STUB_REACHED = new CountDownLatch(1);

        @Test
        @Tag("task:99.1")
        void reachesAStub() throws InterruptedException {
            BOTH_RUNNING.countDown();
            BOTH_RUNNING.await(5, TimeUnit.SECONDS);
            TaskNotDoneException marker = NotDoneYet.task("99.1");
            STUB_REACHED.countDown();
            throw marker;
        }

        @Test
        @Tag("task:99.2")
        void failsOnItsOwn() throws InterruptedException {
            BOTH_RUNNING.countDown();
            // The other test's stub is reached while this one runs: it must not be reported here.
            STUB_REACHED.await(5, TimeUnit.SECONDS);
            assertThat(3).as("1 + 1 should be 2").isEqualTo(2);
        }
    }
}
