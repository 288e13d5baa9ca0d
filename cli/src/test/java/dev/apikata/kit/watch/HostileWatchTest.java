package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.bench.ProjectCopy;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.ResultCache;
import dev.apikata.kit.worker.IsolatedRunner;
import dev.apikata.kit.worker.WorkerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Watch mode on a temporary copy of the real project, module 01 solved, while the learner saves code
 * that would take a JVM down: each time the screen says what happened, naming the task and the
 * method, the other tasks stay green, keys are answered, and the next good save shows the course
 * passing again. The learner's own files are never touched.
 */
class HostileWatchTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String CLIENT = "exercises/01-http-methods/src/main/java/dev/apikata/http/methods/PostsClient.java";
    private static final Pattern UPDATE = Pattern.compile(
            "(public Post update\\(long id, Map<String, Object> changes\\) throws IOException, InterruptedException \\{)(.*?)(\\n    })",
            Pattern.DOTALL);

    private final Screens screens = new Screens(WAIT);

    @Test
    @DisplayName("exit, an endless loop, a long sleep, memory exhaustion, a thread that never ends: watch mode goes on")
    void watchModeSurvivesHostileCode() throws Exception {
        Path root = Path.of(System.getProperty("apikata.projectRoot", "..")).toAbsolutePath().normalize();
        // 3 s per test: on a busy machine filling the heap can take longer than 2 s, and out of memory
        // would then be reported as a timeout.
        WorkerSettings limits = WorkerSettings.forThisKit().withTestTimeout(Duration.ofSeconds(3))
                .withHeapMegabytes(160).withSpares(1);
        try (ProjectCopy copy = ProjectCopy.of(root);
             IsolatedRunner isolated = new IsolatedRunner(Language.EN, limits);
             IncrementalModuleRunner runner = new IncrementalModuleRunner(isolated,
                     new ResultCache(Language.EN, limits.testTimeout()), Locale.ENGLISH, result -> { })) {
            Path client = copy.root().resolve(CLIENT);
            // A course of module 01 alone: the course passes once it is solved, and no run waits for the others.
            ExerciseModule httpMethods = Project.at(copy.root()).module("01-http-methods").orElseThrow();
            solve(httpMethods);
            String solved = Files.readString(client, StandardCharsets.UTF_8);
            Project project = new Project(copy.root(), List.of(httpMethods));
            WatchSession session = new WatchSession(new WatchSession.Settings(project, runner, new PollingFileWatcher(
                    Duration.ofMillis(100)), Duration.ofMillis(50), LocalizedMessages.load(WatchSession.MESSAGES, Language.EN),
                    ScreenStyle.PLAIN, screens, HintLevels.inMemory(), false));
            Thread loop = session.runInBackground("hostile-watch-loop");
            try {
                awaitScreen(s -> s.contains("Every task of the course passes"));

                save(client, withUpdate(solved, "System.exit(0); return null;"));
                expectReport("PostsClient.update called System.exit: a test cannot go on after that.");
                backToGreen(session, client, solved, "exit");

                save(client, withUpdate(solved, "while (changes != null) { changes.size(); } return null;"));
                expectReport("Task 01.6 did not finish in 3 s: an endless loop or a long wait? It was still running PostsClient.update.");
                backToGreen(session, client, solved, "endless loop");

                save(client, withUpdate(solved, "Thread.sleep(60_000); return null;"));
                expectReport("Task 01.6 did not finish in 3 s");
                backToGreen(session, client, solved, "long sleep");

                save(client, withUpdate(solved, "java.util.List<long[]> hoard = new java.util.ArrayList<>(); "
                        + "while (true) { hoard.add(new long[1 << 20]); }"));
                expectReport("Out of memory in task 01.6");
                backToGreen(session, client, solved, "memory exhaustion");

                save(client, withUpdate(solved, "new Thread(() -> { while (true) { try { Thread.sleep(100); } "
                        + "catch (InterruptedException e) { } } }, \"post-updater\").start();"
                        + UPDATE.matcher(solved).results().findFirst().orElseThrow().group(2)));
                assertThat(awaitScreen(s -> s.contains("left a thread running")))
                        .contains("Task 01.6 left a thread running (post-updater, in PostsClient.update)")
                        .contains("✓ 01.6");
                backToGreen(session, client, solved, "a thread that never ends");
            } finally {
                session.stop();
                loop.join(WAIT.toMillis());
                session.close();
            }
            assertThat(loop.isAlive()).as("the loop ended").isFalse();
        }
        assertThat(Thread.getAllStackTraces().keySet()).as("no thread of the session is left")
                .noneMatch(thread -> thread.getName().startsWith("kit-watch") || thread.getName().startsWith("kit-worker"));
    }

    // The other tasks keep their results; the failing one is on screen.
    private void expectReport(String message) throws InterruptedException {
        String screen = awaitScreen(s -> s.contains(message));
        assertThat(screen).contains("> ✗ 01.6").contains("  ✓ 01.5").contains("  ✓ 01.7");
    }

    private void backToGreen(WatchSession session, Path client, String solved, String what) throws Exception {
        session.press('h');
        assertThat(awaitScreen(s -> s.contains("Hint 1/"))).contains("for task 01.6");
        long saved = System.nanoTime();
        save(client, solved);
        awaitScreen(s -> s.contains("Every task of the course passes"));
        System.out.printf("after %s: green %d ms after the good save%n", what, (System.nanoTime() - saved) / 1_000_000);
    }

    private String awaitScreen(Predicate<String> wanted) throws InterruptedException {
        return screens.await(wanted);
    }

    private static String withUpdate(String source, String body) {
        Matcher matcher = UPDATE.matcher(source);
        assertThat(matcher.find()).as("PostsClient.update in the solution").isTrue();
        return source.substring(0, matcher.start(2)) + "\n        " + body + source.substring(matcher.end(2));
    }

    // A different length each time, so that even a coarse file clock sees the change.
    private static void save(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void solve(ExerciseModule module) throws IOException {
        Path solutions = module.solutionSources();
        try (Stream<Path> files = Files.walk(solutions)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = module.stubSources().resolve(solutions.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
