package dev.apikata.kit.grade;

import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.worker.WorkerSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class in which every learner but one attacks the grader from task 01.1, graded as {@code kit
 * grade} does: in sandboxed workers where this machine has the sandbox, two learners at a time.
 * Each attacker has solved 01.2 (1 point) and 02.1 (3 points): the attack must cost exactly task
 * 01.1 (2 points), and the learner who plays fair must get all 6.
 */
class HostileClassTest {

    private static final String GREET = "throw NotDoneYet.task(\"01.1\");";
    private static final String FAIR = "return \"Hello, \" + name + \"!\";";
    // Fails the task when the code can see any network but loopback.
    static final String SEES_ONLY_LOOPBACK = "try { var seen = java.util.Collections.list(java.net.NetworkInterface"
            + ".getNetworkInterfaces()).stream().filter(i -> { try { return !i.isLoopback(); } catch (Exception e) {"
            + " return true; } }).map(java.net.NetworkInterface::getName).toList(); if (!seen.isEmpty()) {"
            + " throw new IllegalStateException(\"sees \" + seen); } } catch (java.net.SocketException e) {"
            + " throw new IllegalStateException(e); } " + FAIR;

    // Outside /tmp, which the sandbox hides anyway: the test must see the grader hide these folders itself.
    private static Path dir;

    private static final Sandbox SANDBOX = Sandbox.detect();
    private static Map<String, LearnerReport> reports;
    private static final StringWriter progress = new StringWriter();

    @BeforeAll
    static void gradeTheClass() throws Exception {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "hostile-class-");
        FixtureProject kit = FixtureProject.create(dir.resolve("kit"));
        attacker("exits", "System.exit(0); return null;");
        attacker("loops", "while (name != null) { name.length(); } return null;");
        attacker("hoards", "java.util.List<long[]> hoard = new java.util.ArrayList<>(); while (true) { hoard.add(new long[1 << 20]); }");
        attacker("floods", "while (name != null) { System.out.println(\"spam spam spam spam spam spam spam spam\"); } return null;");
        // Thousands of threads that never end: capped where the sandbox can, else ended with the worker.
        attacker("spawns", "for (int i = 0; i < 5_000; i++) { Thread t = new Thread(() -> { try { Thread.sleep(600_000); }"
                + " catch (InterruptedException e) { } }); t.start(); } " + FAIR);
        attacker("writes", "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + escaped(outside())
                + "\"), \"gotcha\"); } catch (Exception e) { System.out.println(\"write refused: \" + e); } " + FAIR);
        attacker("listens", SEES_ONLY_LOOPBACK);
        // Reads the answers and a classmate's code, and fails its own task if it can.
        attacker("pries", "for (String path : new String[] {\"" + escaped(dir.resolve("kit/" + FixtureProject.GREETER_SOLUTION))
                + "\", \"" + escaped(dir.resolve("class/fair/" + GREETER_STUB)) + "\"}) { if (java.nio.file.Files.exists("
                + "java.nio.file.Path.of(path))) { throw new IllegalStateException(\"can read \" + path); } } " + FAIR);
        learner("fair").solveGreetings().write(FixtureProject.COUNTER_STUB, kit.read(FixtureProject.COUNTER_SOLUTION));

        // 3 s per test: on a busy machine (CI, two test JVMs) filling the heap took longer than 1 s,
        // and out of memory was reported as a timeout.
        WorkerSettings settings = WorkerSettings.forThisKit().withTestTimeout(Duration.ofSeconds(3)).withHeapMegabytes(96);
        WorkerTests tests = new WorkerTests(SANDBOX, Language.EN, settings, Duration.ofSeconds(120),
                List.of(dir.resolve("kit/solutions"), dir.resolve("class")));
        GradeTexts texts = GradeTexts.in(Language.EN);
        try (ModuleCompiler compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), Locale.ENGLISH)) {
            ClassGrader grader = new ClassGrader(kit.project(), Optional.empty(), compiler, tests,
                    Files.createDirectories(dir.resolve("temp")), texts, new PrintWriter(progress, true));
            reports = grader.grade(SubmissionFinder.find(List.of(dir.resolve("class")), texts), 2).stream()
                    .collect(Collectors.toMap(LearnerReport::learner, Function.identity()));
        }
    }

    @AfterAll
    static void noGradingFolderIsLeft() throws Exception {
        try (Stream<Path> left = Files.list(dir.resolve("temp"))) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void attacker(String name, String greet) {
        FixtureProject copy = learner(name).replace(GREETER_STUB, GREET, greet)
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");
        copy.write(FixtureProject.COUNTER_STUB, copy.read(FixtureProject.COUNTER_SOLUTION));
    }

    private static FixtureProject learner(String name) {
        return FixtureProject.create(dir.resolve("class").resolve(name));
    }

    private static Path outside() {
        return dir.resolve("outside.txt");
    }

    private static String escaped(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\");
    }

    private static LearnerReport.TaskReport task(String learner, String module, String task) {
        return reports.get(learner).modules().stream().filter(m -> m.module().equals(module)).findFirst().orElseThrow()
                .tasks().stream().filter(t -> t.task().equals(task)).findFirst().orElseThrow();
    }

    @Test
    void theLearnerWhoPlaysFairGetsEveryPoint() {
        assertThat(reports.get("fair").points()).isEqualTo(6);
        assertThat(progress.toString()).contains("[9/9]");
    }

    @Test
    void exitingCostsOnlyTheTaskThatExits() {
        assertThat(reports.get("exits").points()).isEqualTo(4);
        assertThat(task("exits", "01-greetings", "01.1").tests()).first()
                .satisfies(test -> assertThat(test.failure()).isEqualTo("exit"));
    }

    @Test
    void anEndlessLoopCostsOnlyItsTask() {
        assertThat(reports.get("loops").points()).isEqualTo(4);
        assertThat(task("loops", "01-greetings", "01.1").tests()).extracting(LearnerReport.TestReport::failure)
                .containsExactly("timeout", "not-run");
    }

    @Test
    void exhaustingMemoryCostsOnlyItsTask() {
        assertThat(reports.get("hoards").points()).isEqualTo(4);
        assertThat(task("hoards", "01-greetings", "01.1").tests()).first()
                .satisfies(test -> assertThat(test.failure()).isEqualTo("out-of-memory"));
    }

    @Test
    void printingWithoutEndCostsOnlyItsTask() {
        assertThat(reports.get("floods").points()).isEqualTo(4);
    }

    @Test
    void thousandsOfThreadsCostNothingButTheirOwnTask() {
        LearnerReport spawns = reports.get("spawns");
        assertThat(task("spawns", "01-greetings", "01.2").done()).isTrue();
        assertThat(task("spawns", "02-counting", "02.1").done()).isTrue();
        if (SANDBOX.capsThreads()) {
            assertThat(spawns.points()).as("the thread cap stops the task").isEqualTo(4);
        }
    }

    @Test
    void nothingIsWrittenOutsideTheGradingFolder() {
        assumeTrue(SANDBOX.active(), "only the sandbox makes the file system read-only: " + SANDBOX.reasonIfNone());
        assertThat(outside()).doesNotExist();
        assertThat(reports.get("writes").points()).as("a refused write is not a failure of the task").isEqualTo(6);
    }

    @Test
    void theSandboxedCodeCannotReadTheAnswersNorAClassmatesCode() {
        assumeTrue(SANDBOX.active(), "no sandbox here: " + SANDBOX.reasonIfNone());
        assertThat(reports.get("pries").points()).isEqualTo(6);
    }

    @Test
    void theSandboxedCodeSeesOnlyLoopback() {
        assumeTrue(SANDBOX.active(), "no sandbox here: " + SANDBOX.reasonIfNone());
        assertThat(reports.get("listens").points()).isEqualTo(6);
    }

    @Test
    void theReportSaysWhichProtectionsWereActive() {
        assertThat(reports.get("fair").protections()).first().asString()
                .startsWith(SANDBOX.active() ? "bubblewrap sandbox" : "no sandbox on this platform");
        assertThat(reports.get("fair").protections()).last().asString()
                .contains("heap 96 MB each, 3 s per test, 120 s per learner");
    }
}
