package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheLearnersMainSourcesAreTakenAndTheirOtherEditsAreReported() throws Exception {
        FixtureProject kit = FixtureProject.create(dir.resolve("kit"));
        FixtureProject learner = FixtureProject.create(dir.resolve("alice")).solveGreetings()
                .replace(FixtureProject.GREETER_TEST, "isEqualTo(5)", "isNotNull()")
                .write("exercises/01-greetings/src/test/java/demo/MyTest.java", "package demo; class MyTest {}")
                .replace("exercises/02-counting/exercise.yaml", "points: 3", "points: 300");
        Files.delete(learner.path("exercises/02-counting/src/test/java/demo/count/CounterTest.java"));

        GradingWorkspace.Prepared prepared = GradingWorkspace.prepare(kit.project(), learner.root(), Optional.empty(),
                dir.resolve("work"));

        Path work = prepared.project().root();
        assertThat(work.resolve(FixtureProject.GREETER_STUB)).hasContent(FixtureProject.GREETER_SOLUTION_SOURCE);
        assertThat(work.resolve(FixtureProject.GREETER_TEST)).hasSameTextualContentAs(kit.path(FixtureProject.GREETER_TEST));
        assertThat(work.resolve("exercises/01-greetings/src/test/java/demo/MyTest.java")).doesNotExist();
        assertThat(work.resolve("exercises/02-counting/src/test/java/demo/count/CounterTest.java")).exists();
        assertThat(prepared.project().module("02").orElseThrow().manifest().totalPoints()).isEqualTo(3);
        assertThat(prepared.ignoredEdits()).containsExactlyInAnyOrder(
                "exercises/01-greetings/src/test/java/demo/GreeterTest.java (changed)",
                "exercises/01-greetings/src/test/java/demo/MyTest.java (added)",
                "exercises/02-counting/exercise.yaml (changed)",
                "exercises/02-counting/src/test/java/demo/count/CounterTest.java (deleted)");
        assertThat(work.resolve("solutions")).doesNotExist();
    }

    @Test
    void aMissingModuleGetsTheStubsAndInstructorTestsJoinTheKits() throws Exception {
        FixtureProject kit = FixtureProject.create(dir.resolve("kit"));
        FixtureProject learner = FixtureProject.create(dir.resolve("bob"));
        Files.walk(learner.path("exercises/02-counting")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra.resolve("01-greetings/demo"));
        Files.writeString(extra.resolve("01-greetings/demo/HiddenTest.java"), "package demo; class HiddenTest {}");

        GradingWorkspace.Prepared prepared = GradingWorkspace.prepare(kit.project(), learner.root(), Optional.of(extra),
                dir.resolve("work"));

        Path work = prepared.project().root();
        assertThat(work.resolve(FixtureProject.COUNTER_STUB)).hasSameTextualContentAs(kit.path(FixtureProject.COUNTER_STUB));
        assertThat(work.resolve("exercises/01-greetings/src/test/java/demo/HiddenTest.java")).exists();
        assertThat(prepared.ignoredEdits()).isEmpty();
    }

    @Test
    void theKitsResourcesAreGradedNotTheLearners() throws Exception {
        String bundle = "exercises/01-greetings/src/main/resources/demo/messages.properties";
        FixtureProject kit = FixtureProject.create(dir.resolve("kit")).write(bundle, "greeting=Hello\n");
        FixtureProject learner = FixtureProject.create(dir.resolve("carol")).write(bundle, "greeting=Hi\n");

        GradingWorkspace.Prepared prepared = GradingWorkspace.prepare(kit.project(), learner.root(), Optional.empty(),
                dir.resolve("work"));

        assertThat(prepared.project().root().resolve(bundle)).hasContent("greeting=Hello");
    }
}
