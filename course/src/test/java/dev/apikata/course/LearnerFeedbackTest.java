package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small exercise-like tests through the Jupiter engine and reads what the learner would see. */
class LearnerFeedbackTest {

    @BeforeEach
    void speakEnglish() {
        System.setProperty(Language.SYSTEM_PROPERTY, "en");
    }

    @AfterEach
    void forgetLanguage() {
        System.clearProperty(Language.SYSTEM_PROPERTY);
    }

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
    void aWrongResultIsFramedWithTaskChapterAndHint() {
        run("failsAnAssertion").assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(AssertionError.class),
                message(m -> m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                        && m.contains("1 + 1 should be 2")
                        && m.endsWith("→ Read: chapters/en/99-test.md#addition  Hint: ./kit hint 99.2"))));
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
    void theStubMessageSpeaksJapaneseWhenAsked() {
        System.setProperty(Language.SYSTEM_PROPERTY, "ja");

        assertThatThrownBy(() -> {
            throw Todo.task("99.1");
        }).isInstanceOf(TaskNotDoneException.class)
                .hasMessageStartingWith("タスク 99.1「挨拶を返す」はまだ実装されていません。")
                .hasMessageContaining("chapters/ja/99-test.md#greeting");
    }

    @Test
    void anUnknownTaskStillGetsAMessage() {
        assertThat(Todo.task("42.1")).hasMessage("Task 42.1 is not done yet. Stuck? ./kit hint 42.1 shows a hint.")
                .extracting(TaskNotDoneException::taskId).isEqualTo("42.1");
    }

    /** Stand-ins for exercise tests; only run through the test kit above. */
    @ExtendWith(LearnerFeedback.class)
    static class ExerciseLikeTests {

        @Test
        @Tag("task:99.1")
        void hidesTheStubBehindAnAssertion() {
            try {
                throw Todo.task("99.1");
            } catch (TaskNotDoneException swallowed) {
                throw new AssertionError("expected \"hello\" but got an exception");
            }
        }

        @Test
        @Tag("task:99.2")
        void failsAnAssertion() {
            assertThat(1 + 1 + 1).as("1 + 1 should be 2").isEqualTo(2);
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
}
