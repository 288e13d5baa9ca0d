package dev.apikata.kit.watch;

import dev.apikata.kit.LocalizedMessages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
    private final BlockingQueue<String> screens = new LinkedBlockingQueue<>();
    private final AtomicReference<String> latestScreen = new AtomicReference<>();
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
                LocalizedMessages.load(WatchSession.MESSAGES, Language.EN), style, screen -> {
                    latestScreen.set(screen);
                    screens.add(screen);
                },
                HintLevels.inMemory(), false);
    }

    private String awaitScreen(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            String screen = screens.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (screen == null) {
                break;
            }
            last = screen;
            if (wanted.test(screen)) {
                return screen;
            }
        }
        throw new AssertionError("no such screen within " + WAIT + "; last one was:\n" + last);
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
                .contains("First failure:\n  Task 01.2 is not done yet.");
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

        assertThat(latestScreen.get()).contains("Hint 1/2 for task 01.2");
    }

    @Test
    @DisplayName("keys: h shows the next hint, n the next task, l the list, q quits")
    void keys() throws Exception {
        start(new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50));
        awaitOpened();

        session.press('h');
        assertThat(awaitScreen(s -> s.contains("Hint 1/2"))).contains("Hint 1/2 for task 01.2:\n  first hint 01.2");
        session.press('h');
        assertThat(awaitScreen(s -> s.contains("Hint 2/2")))
                .contains("second hint 01.2").contains("That was the last hint for task 01.2.");

        session.press('n');
        assertThat(awaitScreen(s -> s.contains("Task 02.1  "))).contains("> ✗ 02.1");

        session.press('l');
        assertThat(awaitScreen(s -> s.contains("Modules:")))
                .contains("01  Module 01  [##########----------]  1/2")
                .contains("02  Module 02  [--------------------]  0/1");

        session.press('q');
        loop.join(WAIT.toMillis());
        assertThat(loop.isAlive()).as("q ends the loop").isFalse();
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
                .contains("[h] hint  [n] next task  [l] list  [r] re-run  [c] check all  [q] quit");
    }
}
