package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode against a fixture project on disk, with real file edits and a real file watcher. */
class WatchSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private FixtureProject fixture;
    private final AnswerFileRunner runner = new AnswerFileRunner();
    private final Screens screens = new Screens(WAIT);
    private final BlockingQueue<ModuleStatus> runs = new LinkedBlockingQueue<>();
    private WatchSession session;
    private Thread loop;

    @BeforeEach
    void createProject() throws IOException {
        fixture = FixtureProject.create(dir)
                .module("01-alpha", "01", "1", "2")
                .module("02-beta", "02", "1");
        fixture.solve("01-alpha", "01.1");
    }

    @AfterEach
    void stopSession() throws InterruptedException {
        if (session != null) {
            session.stop();
            loop.join(WAIT.toMillis());
            session.close();
        }
    }

    private void start(FileWatcher watcher, Duration debounce) {
        session = new WatchSession(settings(watcher, debounce, ScreenStyle.PLAIN));
        session.afterEachRun(runs::add);
        loop = session.runInBackground("watch-loop");
    }

    private WatchSession.Settings settings(FileWatcher watcher, Duration debounce, ScreenStyle style) {
        return new WatchSession.Settings(Project.at(dir), runner, watcher, debounce,
                LocalizedMessages.load(WatchSession.MESSAGES, Language.EN), style, screens,
                HintLevels.inMemory(), false);
    }

    private String awaitScreen(Predicate<String> wanted) throws InterruptedException {
        return screens.await(wanted);
    }

    /** Waits until the session has run both modules once: it has opened and is idle. */
    private void awaitOpened() throws InterruptedException {
        awaitRunOf("02-beta");
    }

    private ModuleStatus awaitRunOf(String module) throws InterruptedException {
        ModuleStatus status;
        do {
            status = awaitRun();
        } while (!status.module().equals(module));
        return status;
    }

    private ModuleStatus awaitRun() throws InterruptedException {
        ModuleStatus status = runs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status).as("a re-run within " + WAIT).isNotNull();
        return status;
    }

    @Test
    @DisplayName("opens at the first unfinished task with its chapter link and both progress bars")
    void opensAtFirstUnfinishedTask() throws InterruptedException {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));

        String screen = awaitScreen(s -> s.contains("Task 01.2"));

        assertThat(screen)
                .contains("apikata watch — 01 Module 01")
                .contains("Task 01.2  Task title 01.2")
                .contains("Read: chapters/en/01-alpha.md#s2")
                .contains("Module  [##########----------]  1/2")
                .contains("> ✗ 01.2")
                .contains("  ✓ 01.1")
                .contains("First failure of task 01.2:\n  Task 01.2 is not done yet.");
        // Module 02 is run while the learner is idle, which makes the course bar exact.
        awaitOpened();
        assertThat(awaitScreen(s -> s.contains("Course  [#######-------------]  1/3"))).contains("Task 01.2");
    }

    @Test
    @DisplayName("a save re-runs only the saved module and moves on once the module passes (native watcher)")
    void saveReRunsOnlyThatModule() throws Exception {
        start(new NativeFileWatcher(), Duration.ofMillis(50));
        awaitOpened();
        int betaRuns = runner.runsOf("02-beta");

        fixture.solve("01-alpha", "01.1", "01.2");

        assertThat(awaitRun().module()).isEqualTo("01-alpha");
        assertThat(runner.runsOf("02-beta")).as("the other module is not re-run").isEqualTo(betaRuns);
        assertThat(awaitScreen(s -> s.contains("Module 01 is done")))
                .contains("Task 02.1  Task title 02.1")
                .contains("Course  [#############-------]  2/3");
    }

    @Test
    @DisplayName("a burst of writes from one save runs the tests once (polling watcher)")
    void burstOfWritesRunsOnce() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(30)), Duration.ofMillis(800));
        awaitOpened();
        int before = runner.runsOf("01-alpha");

        // What editors do: truncate, write, write again, leave a backup file beside it.
        Files.writeString(fixture.answers("01-alpha"), "");
        Files.writeString(fixture.answers("01-alpha"), "01.2\n");
        Files.writeString(fixture.answers("01-alpha"), "01.1\n01.2 (not quite)\n");
        Files.writeString(fixture.answers("01-alpha").resolveSibling("answers.txt~"), "old");

        awaitRun();
        assertThat(runner.runsOf("01-alpha")).isEqualTo(before + 1);
        // A second run from the same burst would arrive before the one the key asks for.
        session.press('r');
        awaitRun();
        assertThat(runner.runsOf("01-alpha")).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("a compile error is shown instead of task failures")
    void compileErrorIsShown() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(30)), Duration.ofMillis(50));
        awaitOpened();

        fixture.solve("01-alpha", "syntax error");

        assertThat(awaitScreen(s -> s.contains("does not compile")))
                .contains("Module 01-alpha does not compile:\n  src/main/java/answers.txt:1: ';' expected")
                .doesNotContain("First failure");
    }

    @Test
    @DisplayName("a run the kit cannot finish is reported, and watch mode goes on")
    void brokenRunIsReportedAndWatchingGoesOn() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(30)), Duration.ofMillis(50));
        awaitOpened();

        fixture.solve("01-alpha", "explode");
        assertThat(awaitScreen(s -> s.contains("could not run")))
                .contains("The kit could not run the tests of 01-alpha")
                .contains("java.lang.IllegalStateException: the disk is full");

        fixture.solve("01-alpha", "01.1", "01.2");
        assertThat(awaitScreen(s -> s.contains("Module 01 is done"))).contains("Task 02.1");
    }

    @Test
    @DisplayName("a run while the learner is idle keeps the hint on the screen")
    void idleRunKeepsTheHint() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitScreen(s -> s.contains("Task 01.2"));

        session.press('h'); // handled before module 02's idle-time run, which is still queued
        awaitScreen(s -> s.contains("Hint 1/2"));
        awaitOpened();

        assertThat(screens.latest()).contains("Hint 1/2 for task 01.2");
    }

    @Test
    @DisplayName("keys: h shows every hint reached so far, n the next unfinished task, q quits")
    void keys() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitOpened();

        session.press('h');
        assertThat(awaitScreen(s -> s.contains("Hint 1/2"))).contains("Hint 1/2 for task 01.2:\n  first hint 01.2")
                .doesNotContain("Hint 2/2");
        session.press('h');
        assertThat(awaitScreen(s -> s.contains("Hint 2/2")))
                .contains("Hint 1/2 for task 01.2:\n  first hint 01.2")
                .contains("Hint 2/2 for task 01.2:\n  second hint 01.2")
                .contains("That was the last hint for task 01.2.")
                .contains("Once task 01.2 passes, ./kit solution 01.2 shows the reference solution");

        session.press('n');
        assertThat(awaitScreen(s -> s.contains("Task 02.1  "))).contains("> ✗ 02.1");

        session.press('q');
        loop.join(WAIT.toMillis());
        assertThat(loop.isAlive()).as("q ends the loop").isFalse();
    }

    @Test
    @DisplayName("n skips the tasks that pass")
    void nextSkipsPassingTasks() throws Exception {
        fixture.solve("01-alpha", "01.2");
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitScreen(s -> s.contains("Task 01.1  "));
        awaitOpened();

        session.press('n');

        assertThat(awaitScreen(s -> !s.contains("Task 01.1  "))).contains("Task 02.1  ");
    }

    @Test
    @DisplayName("l opens a list of every task to move in with j/k or the arrows and pick from with Enter")
    void listToMoveInAndPickFrom() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitOpened();

        session.press('l');
        assertThat(awaitScreen(s -> s.contains("All tasks:")))
                .contains("01 Module 01  1/2")
                .contains("  ✓ 01.1  Task title 01.1")
                .contains("> ✗ 01.2  Task title 01.2")
                .contains("02 Module 02  0/1");
        session.press(Keys.UP);
        assertThat(awaitScreen(s -> s.contains("> ✓ 01.1"))).contains("  ✗ 01.2");
        session.press('j');
        session.press(Keys.DOWN);
        assertThat(awaitScreen(s -> s.contains("> ✗ 02.1"))).contains("All tasks:");
        session.press(Keys.ENTER);
        assertThat(awaitScreen(s -> s.contains("Task 02.1  "))).contains("apikata watch — 02 Module 02")
                .doesNotContain("All tasks:");

        session.press('l');
        awaitScreen(s -> s.contains("All tasks:"));
        session.press(Keys.ESCAPE);
        assertThat(awaitScreen(s -> !s.contains("All tasks:"))).contains("Task 02.1  ");
    }

    @Test
    @DisplayName("typed lines (no single keys): a task id opens that task, a letter is its key")
    void linesOpenTasksByTheirId() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitOpened();

        session.type("l");
        awaitScreen(s -> s.contains("All tasks:"));
        session.type("02.1");

        assertThat(awaitScreen(s -> s.contains("Task 02.1  "))).doesNotContain("All tasks:");
    }

    @Test
    @DisplayName("a compile error keeps the last known results on screen, marked as such")
    void compileErrorKeepsTheLastResults() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(30)), Duration.ofMillis(50));
        awaitOpened();

        fixture.solve("01-alpha", "syntax error");

        assertThat(awaitScreen(s -> s.contains("does not compile")))
                .contains("  ✓ 01.1")
                .contains("(the results from before this compile error)")
                .contains("Module  [##########----------]  1/2");
    }

    @Test
    @DisplayName("keys answer while tests run, and a newer save cancels the run it makes pointless")
    void keysAnswerDuringARunAndASaveCancelsIt() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(30)), Duration.ofMillis(50));
        awaitOpened();

        fixture.solve("01-alpha", "slow");
        runner.awaitSlowRunStarted(WAIT);
        long pressed = System.nanoTime();
        session.press('h');
        String hint = awaitScreen(s -> s.contains("Hint 1/2"));
        long answeredMillis = (System.nanoTime() - pressed) / 1_000_000;
        assertThat(runner.slowRunsInProgress()).as("the run is still going").isEqualTo(1);
        // The run blocks until cancelled, so the key was answered during it; the bound only catches a loop that waits.
        assertThat(answeredMillis).isLessThan(WAIT.toMillis() / 3);
        assertThat(hint).contains("Hint 1/2 for task 01.2");

        fixture.solve("01-alpha", "01.1", "01.2");

        assertThat(awaitScreen(s -> s.contains("Module 01 is done"))).contains("Task 02.1");
        assertThat(runner.cancelledRuns()).as("the slow run was cancelled").isEqualTo(1);
    }

    @Test
    @DisplayName("on an 80x24 terminal the title, the task and the first lines of a long failure stay in view")
    void longFailureFitsTheTerminal() throws Exception {
        fixture.solve("01-alpha", "long failure");
        session = new WatchSession(new WatchSession.Settings(Project.at(dir), runner,
                new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50),
                LocalizedMessages.load(WatchSession.MESSAGES, Language.EN), new ScreenStyle(true, true, false),
                screens, HintLevels.inMemory(), false, () -> TerminalSize.CLASSIC));
        loop = session.runInBackground("watch-loop");

        String screen = awaitScreen(s -> s.contains("First failure"));

        List<String> lines = screen.replace("\u001b[H\u001b[2J", "").lines().toList();
        // One row stays free for the cursor, so nothing scrolls.
        assertThat(lines.size()).as("rows").isLessThanOrEqualTo(23);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(screen).contains("apikata watch — 01 Module 01", "Task 01.1  Task title 01.1",
                "line 1 of a long failure", "more line(s)", "[h] hint").doesNotContain("line 40 of");
        assertThat(screen).as("blank lines collapsed").doesNotContain("\n\n\n");
    }

    @Test
    @DisplayName("without a terminal: the status once, plain text, exit code 1 while a task fails")
    void runOnceFailing() {
        try (WatchSession once = new WatchSession(settings(new NativeFileWatcher(), Duration.ZERO, ScreenStyle.PLAIN))) {
            assertThat(once.runOnce()).isEqualTo(1);
        }
        String screen = screens.poll();
        assertThat(screen)
                .contains("Task 01.2  Task title 01.2")
                .contains("1 of 3 tasks pass. Run ./kit in a terminal")
                .doesNotContain("\u001b[");
    }

    @Test
    @DisplayName("without a terminal: exit code 0 when every task passes")
    void runOncePassing() throws IOException {
        fixture.solve("01-alpha", "01.1", "01.2");
        fixture.solve("02-beta", "02.1");
        try (WatchSession once = new WatchSession(settings(new NativeFileWatcher(), Duration.ZERO, ScreenStyle.PLAIN))) {
            assertThat(once.runOnce()).isZero();
        }
        assertThat(screens.poll()).contains("Every task of the course passes.").contains("3 of 3 tasks pass.");
    }

    @Test
    @DisplayName("on a terminal the screen is cleared and coloured, and the keys are listed")
    void terminalScreen() throws InterruptedException {
        session = new WatchSession(settings(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50),
                new ScreenStyle(true, true, true)));
        loop = session.runInBackground("watch-loop");

        String screen = awaitScreen(s -> s.contains("Task 01.2"));

        assertThat(screen).startsWith("\u001b[H\u001b[2J").contains("\u001b[32m✓\u001b[0m")
                .contains("[h] hint  [n] next unfinished  [l] list  [r] re-run  [c] check all  [q] quit");
    }
}
