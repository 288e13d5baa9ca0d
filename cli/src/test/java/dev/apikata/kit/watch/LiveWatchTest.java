package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop with the real compiler and JUnit: edit the stub, see the task pass. */
class LiveWatchTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("saving a fix recompiles the module, re-runs its tests and shows the course done")
    void savingAFixShowsThePass() throws Exception {
        Path stub = CalcFixture.create(dir);
        BlockingQueue<String> screens = new LinkedBlockingQueue<>();
        BlockingQueue<ModuleStatus> runs = new LinkedBlockingQueue<>();
        try (IncrementalModuleRunner runner = new IncrementalModuleRunner(SharedRunner.get(), SharedRunner.cache(), Locale.ENGLISH, result -> { });
             WatchSession session = new WatchSession(new WatchSession.Settings(Project.at(dir), runner, new NativeFileWatcher(), Duration.ofMillis(50),
                     LocalizedMessages.load(WatchSession.MESSAGES, Language.EN), ScreenStyle.PLAIN, screens::add,
                     HintLevels.inMemory(), false))) {
            session.afterEachRun(runs::add);
            Thread loop = session.runInBackground("watch-loop");
            assertThat(runs.poll(30, TimeUnit.SECONDS)).as("first run").isNotNull();
            assertThat(screens.poll(5, TimeUnit.SECONDS)).contains("> ✗ 01.1");

            Files.writeString(stub, CalcFixture.SOLVED);

            ModuleStatus status = runs.poll(30, TimeUnit.SECONDS);
            assertThat(status).as("a re-run after the save").isNotNull();
            assertThat(status.passedCount()).isEqualTo(2);
            String screen = screens.poll(5, TimeUnit.SECONDS);
            assertThat(screen).contains("> ✓ 01.1").contains("Every task of the course passes.").doesNotContain("next one");
            session.stop();
            loop.join(10_000);
        }
    }

    @Test
    @DisplayName("a save that makes a known mistake shows its explanation above the first failure")
    void aKnownMistakeIsExplainedAboveTheFirstFailure() throws Exception {
        dev.apikata.kit.FixtureProject fixture = dev.apikata.kit.FixtureProject.create(dir);
        Screens screens = new Screens(Duration.ofSeconds(60));
        try (IncrementalModuleRunner runner = new IncrementalModuleRunner(SharedRunner.get(), SharedRunner.cache(), Locale.ENGLISH, result -> { });
             WatchSession session = new WatchSession(new WatchSession.Settings(fixture.project(), runner,
                     new PollingFileWatcher(Duration.ofMillis(50)), Duration.ofMillis(50),
                     LocalizedMessages.load(WatchSession.MESSAGES, Language.EN), ScreenStyle.PLAIN, screens,
                     HintLevels.inMemory(), false))) {
            Thread loop = session.runInBackground("watch-loop");
            String untouched = screens.await(s -> s.contains("First failure of task 01.1"));
            assertThat(untouched).as("a task not started is no known mistake").doesNotContain("known mistake");

            fixture.replace(dev.apikata.kit.FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");",
                    "return \"Hello, \" + name;");

            String screen = screens.await(s -> s.contains("known mistake"));
            assertThat(screen).contains("This looks like a known mistake: The exclamation mark is missing.",
                    "About it: chapters/en/01-greetings.md#");
            assertThat(screen.indexOf("known mistake")).as("above the failure")
                    .isLessThan(screen.indexOf("First failure of task 01.1"));

            fixture.replace(dev.apikata.kit.FixtureProject.GREETER_STUB, "return \"Hello, \" + name;",
                    "return \"Hello, \" + name + \"!\";");
            assertThat(screens.await(s -> s.contains("First failure of task 01.2"))).doesNotContain("known mistake");
            session.stop();
            loop.join(10_000);
        }
    }
}
