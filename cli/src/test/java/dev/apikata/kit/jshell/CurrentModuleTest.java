package dev.apikata.kit.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.progress.KnownResult;
import dev.apikata.kit.progress.Progress;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.watch.CalcFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a module argument, kit jshell opens the module the learner is working on. */
class CurrentModuleTest {

    @TempDir
    Path dir;

    @Test
    void theFirstModuleWithATaskNotKnownToPass() throws Exception {
        CalcFixture.create(dir);
        Path second = Files.createDirectories(dir.resolve("exercises/02-calc"));
        Files.writeString(second.resolve("exercise.yaml"), Files.readString(dir.resolve("exercises/01-calc/exercise.yaml"))
                .replace("id: \"01\"", "id: \"02\"").replace("\"01.", "\"02."));
        Project project = Project.at(dir);

        Progress firstDone = new Progress(Map.of(), Map.of("01.1", new KnownResult(1, 1), "01.2", new KnownResult(2, 2)));
        Progress firstHalfDone = new Progress(Map.of(), Map.of("01.1", new KnownResult(1, 1), "01.2", new KnownResult(0, 2)));

        assertThat(JShellCommand.currentModule(project, firstDone)).map(ExerciseModule::name).contains("02-calc");
        assertThat(JShellCommand.currentModule(project, firstHalfDone)).map(ExerciseModule::name).contains("01-calc");
        assertThat(JShellCommand.currentModule(project, Progress.EMPTY)).map(ExerciseModule::name).contains("01-calc");
    }
}
