package dev.apikata.kit.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Localized;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.runner.TestStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MistakeMatcherTest {

    @TempDir
    Path dir;

    private ExerciseModule module;

    @BeforeEach
    void fixture() {
        module = FixtureProject.create(dir).module("01-greetings");
    }

    private static KnownMistake mistake(String id, String evidence, KnownMistake.Rejection... rejections) {
        return new KnownMistake(id, "01.1", null, new Localized(id, id), null, null, evidence, List.of(rejections));
    }

    private static KnownMistake.Rejection rejection(String test) {
        return new KnownMistake.Rejection(test, "assertion");
    }

    private RunResult run(TestOutcome... tests) {
        return new RunResult(module, Implementation.STUBS, List.of(), List.of(tests), List.of(), List.of(), "", Duration.ZERO);
    }

    private static TestOutcome failed(String test, FailureKind kind, String message) {
        return new TestOutcome("demo.GreeterTest", test, Optional.of("01.1"), TestStatus.FAILED, message, kind);
    }

    private static TestOutcome passed(String test) {
        return new TestOutcome("demo.GreeterTest", test, Optional.of("01.1"), TestStatus.PASSED, "", FailureKind.NONE);
    }

    @Test
    void theSameFailingTestsFailingTheSameWayMatch() {
        MistakeCatalogue catalogue = new MistakeCatalogue(module, List.of(mistake("no-mark", null, rejection("greets Ann"))));

        assertThat(MistakeMatcher.match(catalogue, run(failed("greets Ann", FailureKind.ASSERTION, "…"), passed("greets Bo")), "01.1"))
                .extracting(KnownMistake::id).containsExactly("no-mark");
    }

    @Test
    void anotherSetOfTestsOrAnotherKindOfFailureDoesNotMatch() {
        MistakeCatalogue catalogue = new MistakeCatalogue(module, List.of(mistake("no-mark", null, rejection("greets Ann"))));

        assertThat(MistakeMatcher.match(catalogue, run(failed("greets Ann", FailureKind.ASSERTION, ""),
                failed("greets Bo", FailureKind.ASSERTION, "")), "01.1")).isEmpty();
        assertThat(MistakeMatcher.match(catalogue, run(failed("greets Ann", FailureKind.EXCEPTION, "")), "01.1")).isEmpty();
        assertThat(MistakeMatcher.match(catalogue, run(passed("greets Ann")), "01.1")).isEmpty();
    }

    @Test
    void evidenceTellsApartMistakesThatFailTheSameWay() {
        MistakeCatalogue catalogue = new MistakeCatalogue(module, List.of(
                mistake("plain", null, rejection("greets Ann")),
                mistake("shouts", "HELLO", rejection("greets Ann"))));

        assertThat(MistakeMatcher.match(catalogue, run(failed("greets Ann", FailureKind.ASSERTION, "but was: \"HELLO, ANN\"")), "01.1"))
                .extracting(KnownMistake::id).containsExactly("shouts");
        assertThat(MistakeMatcher.match(catalogue, run(failed("greets Ann", FailureKind.ASSERTION, "but was: \"Hello Ann\"")), "01.1"))
                .extracting(KnownMistake::id).containsExactly("plain");
    }
}
