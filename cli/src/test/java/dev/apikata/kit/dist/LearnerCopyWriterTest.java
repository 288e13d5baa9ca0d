package dev.apikata.kit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerCopyWriterTest {

    @TempDir
    Path dir;

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return ""; // a binary file holds no Java source
        }
    }

    @Test
    void theCopyHasNoAnswersButKeepsTheMistakeExplanationsAndIsACommittedRepository() throws Exception {
        FixtureProject kit = FixtureProject.create(dir.resolve("kit"))
                .write(".ci/run", "mvn verify -Psolutions\n")
                .write("exercises/01-greetings/target/kit/classes-solutions/demo/Greeter.class", "compiled answer")
                .write(".apikata-progress.json", "{}")
                .write(FixtureProject.GREETER_STUB + ".bak-20261201-101500", "a learner's old attempt");
        Path copy = dir.resolve("copy");

        LearnerCopyWriter.write(kit.project(), copy, true);

        assertThat(copy.resolve("solutions")).doesNotExist();
        assertThat(copy.resolve(".ci")).doesNotExist();
        assertThat(copy.resolve("exercises/01-greetings/target")).doesNotExist();
        assertThat(copy.resolve(".apikata-progress.json")).doesNotExist();
        assertThat(copy.resolve(FixtureProject.GREETER_STUB + ".bak-20261201-101500")).doesNotExist();
        assertThat(copy.resolve(FixtureProject.GREETER_STUB)).hasSameTextualContentAs(kit.path(FixtureProject.GREETER_STUB));
        try (Stream<Path> files = Files.walk(copy)) {
            assertThat(files.filter(Files::isRegularFile).filter(path -> !path.toString().contains("/.git/")).map(LearnerCopyWriterTest::read))
                    .as("no file of the copy holds a solution's code")
                    .noneMatch(text -> text.contains("return \"Hello, \" + name + \"!\";") || text.contains("return \"Hello, \" + name;"));
        }
        Path known = copy.resolve("exercises/01-greetings").resolve(MistakeCatalogue.LEARNER_FILE);
        assertThat(known).content().contains("The exclamation mark is missing.", "greets Ann by name").doesNotContain("replace");
        assertThat(MistakeCatalogue.of(Project.at(copy).module("01").orElseThrow()).mistakes())
                .extracting(m -> m.id()).containsExactly("01.1-no-exclamation-mark", "01.2-subtracts");
        assertThat(copy.resolve(ClassroomWorkflow.PATH)).exists();
        assertThat(copy.resolve(".git")).isDirectory();
        Process status = new ProcessBuilder("git", "status", "--porcelain").directory(copy.toFile()).start();
        assertThat(new String(status.getInputStream().readAllBytes())).as("git status of the copy").isEmpty();
    }
}
