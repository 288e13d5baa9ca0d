package dev.apikata.kit.grade;

import static dev.apikata.kit.FixtureProject.COUNTER_STUB;
import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.worker.WorkerSettings;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of one learner's workers, their modules run at once, and the control for what the sandbox hides. */
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
    void aLearnersModulesRunAtOnceInWorkersOfTheirOwnAndScoreAsInOneWorker() throws Exception {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner"))
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "System.exit(0); return null;")
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");
        learner.write(COUNTER_STUB, learner.read(FixtureProject.COUNTER_SOLUTION));
        List<CompiledModule> modules = List.of(compiler.compile(learner.module("02-counting"), Implementation.STUBS),
                compiler.compile(learner.module("01-greetings"), Implementation.STUBS));

        Map<String, Boolean> inOne = tasksDone(new WorkerTests(Sandbox.none("this test"), Language.EN, QUICK, 1,
                Duration.ofSeconds(60), List.of()), learner, modules);
        Map<String, Boolean> atOnce = tasksDone(new WorkerTests(Sandbox.none("this test"), Language.EN, QUICK, 2,
                Duration.ofSeconds(60), List.of()), learner, modules);

        assertThat(atOnce).isEqualTo(inOne).isEqualTo(Map.of("01.1", false, "01.2", true, "02.1", true));
    }

    // Every task's result, with the class-data archive and the test slots of a real run.
    private Map<String, Boolean> tasksDone(WorkerTests tests, FixtureProject learner, List<CompiledModule> modules)
            throws Exception {
        tests.prepare(Files.createDirectories(dir.resolve("shared")), 1);
        try (LearnerTests one = tests.open(learner.root())) {
            Map<String, Boolean> done = new TreeMap<>();
            for (RunResult run : one.testAll(modules).get(120, TimeUnit.SECONDS)) {
                run.tasks().forEach(task -> done.put(task.task().id(), task.done()));
            }
            return done;
        } finally {
            tests.finish();
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
