package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExerciseChangeTest {

    private static final Path EXERCISES = Path.of("/p/exercises");

    @Test
    void sourceFilesAndTheManifestBelongToTheirModule() {
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/src/main/java/a/B.java"))).contains("01-http");
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/src/test/java/a/BTest.java"))).contains("01-http");
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/exercise.yaml"))).contains("01-http");
    }

    @Test
    void buildOutputEditorScratchAndOtherFilesAreNotSaves() {
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/target/classes/B.class"))).isEmpty();
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/src/main/java/.B.java.swp"))).isEmpty();
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/src/main/java/B.java~"))).isEmpty();
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("01-http/pom.xml"))).isEmpty();
        assertThat(ExerciseChange.moduleOf(EXERCISES, EXERCISES.resolve("pom.xml"))).isEmpty();
        assertThat(ExerciseChange.moduleOf(EXERCISES, Path.of("/elsewhere/x.java"))).isEmpty();
    }
}
