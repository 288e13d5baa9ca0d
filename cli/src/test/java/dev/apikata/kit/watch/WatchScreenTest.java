package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.LocalizedMessages;
import dev.apikata.kit.TextTable;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The watch screen of the real module 01 (eight tasks) on the classic 80x24 terminal. */
class WatchScreenTest {

    private static final String FAILURE = String.join("\n", "Task 01.2 \"Fetch one post\" does not pass yet:",
            "  expected: Optional[Post[id=1]]", "  but was:  Optional.empty", "  at PostsClientTest.findsOne");

    private final Project project = Project.at(Path.of(System.getProperty("apikata.projectRoot", "..")).toAbsolutePath().normalize());
    private final ExerciseModule module = project.module("01").orElseThrow();
    private final WatchScreen screen = new WatchScreen(LocalizedMessages.load(WatchSession.MESSAGES, Language.EN),
            ScreenStyle.PLAIN);

    @Test
    @DisplayName("a hint asked for stays in view under the failure, the newest level first to stay")
    void theNewestHintFitsUnderTheFailure() {
        CourseProgress progress = new CourseProgress(project);
        progress.record(new ModuleStatus(module.name(), module.manifest().tasks().stream()
                .map(task -> task.id().equals("01.1") ? TaskStatus.pass(task.id()) : TaskStatus.fail(task.id(), FAILURE))
                .toList(), Optional.empty()));
        String hints = String.join("\n", "Hint 1/3 for task 01.2:", "  Which status says the post is not there?",
                "Hint 2/3 for task 01.2:", "  Branch on response.statusCode().", "Hint 3/3 for task 01.2:",
                "  case 404 -> Optional.empty(); the newest hint", "That was the last hint for task 01.2.");

        String shown = screen.render(progress, new TaskRef(module, module.manifest().tasks().get(1)), Optional.of(hints),
                List.of("[h] hint  [q] quit"), TerminalSize.CLASSIC);

        assertThat(shown.lines().count()).as("rows, one free for the cursor").isLessThanOrEqualTo(23);
        assertThat(shown).contains("Task 01.2", "> ✗ 01.2", "Task 01.2 \"Fetch one post\" does not pass yet:",
                "Hint 3/3 for task 01.2:", "case 404 -> Optional.empty(); the newest hint", "earlier line(s) not shown",
                "[h] hint");
    }

    @Test
    @DisplayName("a long failure line is broken between words to fit 80 columns, not cut by the terminal")
    void longLinesWrapBetweenWords() {
        String failure = String.join("\n", "Task 01.4 \"Create a resource with POST\" does not pass yet:",
                "- the Content-Type header was not sent (the test expected Content-Type: application/json), so the server could not read the body as JSON");
        CourseProgress progress = new CourseProgress(project);
        progress.record(new ModuleStatus(module.name(), module.manifest().tasks().stream()
                .map(task -> TaskStatus.fail(task.id(), failure)).toList(), Optional.empty()));

        String shown = screen.render(progress, new TaskRef(module, module.manifest().tasks().get(3)), Optional.empty(),
                List.of("[h] hint  [q] quit"), TerminalSize.CLASSIC);

        assertThat(shown.lines()).allSatisfy(line -> assertThat(TextTable.width(line)).as(line).isLessThanOrEqualTo(80));
        assertThat(shown).contains("(the test expected Content-Type:\n    application/json), so the server", "the body as JSON");
    }
}
