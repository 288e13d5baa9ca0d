package dev.apikata.kit.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTest {

    @TempDir
    Path dir;

    @Test
    void findsTheRootFromAFolderInsideIt() {
        FixtureProject fixture = FixtureProject.create(dir);

        Project project = Project.locate(fixture.path("exercises/01-greetings/src/main/java/demo")).orElseThrow();

        assertThat(project.root()).isEqualTo(fixture.root());
        assertThat(project.modules()).extracting(ExerciseModule::name).containsExactly("01-greetings", "02-counting");
    }

    @Test
    void findsNothingOutsideAProject() {
        assertThat(Project.locate(dir)).isEmpty();
    }

    @Test
    void modulesComeInCourseOrderAndOnlyWithAManifest() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        Files.createDirectories(fixture.path("exercises/00-notes"));
        fixture.write("exercises/10-last/exercise.yaml", """
                id: "10"
                title: { ja: "最後", en: "Last" }
                chapter: { ja: a.md, en: b.md }
                tasks: []
                """);

        assertThat(fixture.project().modules()).extracting(ExerciseModule::name)
                .containsExactly("01-greetings", "02-counting", "10-last");
    }

    @Test
    void aModuleThatNeedsANewerJavaIsSkippedOnAnOlderOne() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        fixture.write("exercises/07v-threads/exercise.yaml", """
                id: "07v"
                title: { ja: "仮想スレッド", en: "Virtual threads" }
                chapter: { ja: a.md, en: b.md }
                requires-java: 21
                tasks:
                  - { id: "07v.1", title: { ja: "x", en: "x" }, points: 1, section: x }
                """);

        Project onSeventeen = Project.at(fixture.root(), 17);
        Project onTwentyFive = Project.at(fixture.root(), 25);

        assertThat(onSeventeen.modules()).extracting(ExerciseModule::name).containsExactly("01-greetings", "02-counting");
        assertThat(onSeventeen.needNewerJava()).extracting(ExerciseModule::name).containsExactly("07v-threads");
        assertThat(onSeventeen.module("07v")).isEmpty();
        assertThat(onSeventeen.needingNewerJava("07v")).isPresent();
        assertThat(onSeventeen.needingNewerJava("07v.1")).isPresent();
        assertThat(onSeventeen.needingNewerJava("01")).isEmpty();
        assertThat(onTwentyFive.modules()).extracting(ExerciseModule::name)
                .containsExactly("01-greetings", "02-counting", "07v-threads");
        assertThat(onTwentyFive.needNewerJava()).isEmpty();
        assertThat(onTwentyFive.module("07v").orElseThrow().javaRelease()).isEqualTo("21");
        assertThat(onTwentyFive.module("01").orElseThrow().javaRelease()).isEqualTo("17");
    }

    @Test
    void knowsEachModulesFolders() {
        FixtureProject fixture = FixtureProject.create(dir);
        ExerciseModule module = fixture.module("01");

        assertThat(module.name()).isEqualTo("01-greetings");
        assertThat(module.stubSources()).isEqualTo(fixture.path("exercises/01-greetings/src/main/java"));
        assertThat(module.testSources()).isEqualTo(fixture.path("exercises/01-greetings/src/test/java"));
        assertThat(module.mainSources(Implementation.SOLUTIONS)).isEqualTo(fixture.path("solutions/01-greetings/src/main/java"));
        assertThat(module.kitOutput(Implementation.STUBS)).isEqualTo(fixture.path("exercises/01-greetings/target/kit/classes-stubs"));
        assertThat(module.hasSolutions()).isTrue();
    }

    @Test
    void findsTasksAndTheModuleOfAChangedFile() {
        Project project = FixtureProject.create(dir).project();

        assertThat(project.moduleOfTask("02.1")).map(ExerciseModule::name).contains("02-counting");
        assertThat(project.task("01.2")).map(task -> task.points()).contains(1);
        assertThat(project.task("03.1")).isEmpty();
        assertThat(project.moduleContaining(dir.resolve(FixtureProject.COUNTER_STUB)))
                .map(ExerciseModule::name).contains("02-counting");
        assertThat(project.moduleContaining(dir.resolve(FixtureProject.GREETER_SOLUTION)))
                .map(ExerciseModule::name).contains("01-greetings");
        assertThat(project.moduleContaining(dir.resolve("pom.xml"))).isEmpty();
    }

    @Test
    void aCopyWithoutSolutionsIsALearnerCopy() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir);
        assertThat(fixture.project().isLearnerCopy()).isFalse();

        Files.move(fixture.path("solutions"), dir.resolve("elsewhere"));

        assertThat(fixture.project().isLearnerCopy()).isTrue();
        assertThat(fixture.module("01").hasSolutions()).isFalse();
    }
}
