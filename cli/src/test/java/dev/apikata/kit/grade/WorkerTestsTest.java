package dev.apikata.kit.grade;

import static dev.apikata.kit.FixtureProject.COUNTER_STUB;
import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.worker.WorkerSettings;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of one learner's worker, and the control for what the sandbox hides. */
class WorkerTestsTest {

    private static final WorkerSettings QUICK = WorkerSettings.forThisKit().withTestTimeout(Duration.ofSeconds(1))
            .withHeapMegabytes(96);

    @TempDir
    Path dir;

    private ModuleCompiler compiler;

    @BeforeEach
    void setUp() {
        compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() throws Exception {
        compiler.close();
    }

    @Test
    void aLearnerWhoUsesUpTheTimeLimitHasTheRestNotRunAndIsTold() {
        FixtureProject learner = FixtureProject.create(dir)
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "while (name != null) { name.length(); } return null;")
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "while (a >= 0) { a++; } return a;");
        WorkerTests tests = new WorkerTests(Sandbox.none("this test"), Language.EN, QUICK, Duration.ofSeconds(1), List.of());

        try (LearnerTests one = tests.open(dir)) {
            RunResult greetings = one.test(compiler.compile(learner.module("01-greetings"), Implementation.STUBS));
            RunResult counting = one.test(compiler.compile(learner.module("02-counting"), Implementation.STUBS));

            assertThat(greetings.tasksDone()).isZero();
            assertThat(counting.tests()).isEmpty();
            assertThat(counting.notices()).containsExactly("not run: this learner's 1 s were used up by the modules before");
        }
    }

    @Test
    void aPrintLoopKeepsOnlyTheOutputLimitAndSaysWhereItWasCut() {
        FixtureProject learner = FixtureProject.create(dir).replace(COUNTER_STUB, "throw NotDoneYet.task(\"02.1\");",
                "while (true) { System.out.println(\"spam spam spam spam spam spam spam spam\"); }");
        WorkerTests tests = new WorkerTests(Sandbox.none("this test"), Language.EN, QUICK, Duration.ofSeconds(60), List.of());

        try (LearnerTests one = tests.open(dir)) {
            RunResult counting = one.test(compiler.compile(learner.module("02-counting"), Implementation.STUBS));

            String output = counting.output();
            assertThat(output.length()).isLessThan(WorkerTests.OUTPUT_LIMIT + 200);
            assertThat(output.substring(output.length() - 200)).contains("spam").endsWith(
                    "\n[… the output was cut here: a result keeps at most 32768 characters of what the tests printed]\n");
        }
    }

    @Test
    void withoutTheSandboxTheSameCodeSeesTheMachinesNetwork() throws Exception {
        assumeTrue(Collections.list(NetworkInterface.getNetworkInterfaces()).stream().anyMatch(this::notLoopback),
                "this machine has no network but loopback");
        FixtureProject learner = FixtureProject.create(dir)
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", HostileClassTest.SEES_ONLY_LOOPBACK);
        WorkerTests tests = new WorkerTests(Sandbox.none("this test"), Language.EN, QUICK, Duration.ofSeconds(60), List.of());

        try (LearnerTests one = tests.open(dir)) {
            RunResult greetings = one.test(compiler.compile(learner.module("01-greetings"), Implementation.STUBS));

            assertThat(greetings.task("01.1").orElseThrow().done()).isFalse();
            assertThat(greetings.firstFailure("01.1").orElseThrow().message()).contains("sees [");
        }
    }

    private boolean notLoopback(NetworkInterface network) {
        try {
            return !network.isLoopback();
        } catch (java.net.SocketException e) {
            return false;
        }
    }
}
