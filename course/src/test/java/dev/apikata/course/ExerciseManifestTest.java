package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExerciseManifestTest {

    private static ExerciseManifest parse(String yaml) throws IOException {
        return ExerciseManifest.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheManifestOnTheClassPath() {
        ExerciseManifest manifest = ExerciseManifest.onClassPath(getClass().getClassLoader()).orElseThrow();

        assertThat(manifest.id()).isEqualTo("99");
        assertThat(manifest.title().in(Language.JA)).isEqualTo("テスト用モジュール");
        assertThat(manifest.tasks()).extracting(Task::id).containsExactly("99.1", "99.2");
        assertThat(manifest.totalPoints()).isEqualTo(5);
        assertThat(manifest.task("99.1").orElseThrow().hints()).hasSize(1);
        assertThat(manifest.task("99.2").orElseThrow().hints()).isEmpty();
        assertThat(manifest.task("99.3")).isEmpty();
    }

    @Test
    void linksATaskToItsChapterSection() {
        ExerciseManifest manifest = ExerciseManifest.onClassPath(getClass().getClassLoader()).orElseThrow();
        Task greeting = manifest.task("99.1").orElseThrow();

        assertThat(manifest.chapterLink(greeting, Language.EN)).isEqualTo("chapters/en/99-test.md#greeting");
        assertThat(greeting.tag()).isEqualTo("task:99.1");
    }

    @Test
    void rejectsATaskListedTwice() {
        String yaml = """
                id: "01"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                tasks:
                  - { id: "01.1", title: { ja: "x", en: "x" }, points: 1, section: x }
                  - { id: "01.1", title: { ja: "y", en: "y" }, points: 1, section: y }
                """;
        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("lists task 01.1 twice");
    }

    @Test
    void rejectsATaskOfAnotherModule() {
        String yaml = """
                id: "01"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                tasks:
                  - { id: "02.1", title: { ja: "x", en: "x" }, points: 1, section: x }
                """;
        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("must start with its module id 01.");
    }

    @Test
    void rejectsAMisspelledField() {
        String yaml = """
                id: "01"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                taks: []
                """;
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(JsonMappingException.class).hasMessageContaining("taks");
    }

    @Test
    void rejectsATitleWithoutEnglish() {
        String yaml = """
                id: "01"
                title: { ja: "a" }
                chapter: { ja: a.md, en: a.md }
                """;
        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("en");
    }

    @Test
    void aModuleRunsOnTheBaselineUnlessItAsksForANewerJava() throws IOException {
        ExerciseManifest plain = parse("""
                id: "01"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                """);
        ExerciseManifest newer = parse("""
                id: "07v"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                requires-java: 21
                """);

        assertThat(plain.requiresJava()).isEqualTo(ExerciseManifest.BASELINE_JAVA);
        assertThat(plain.runsOn(17)).isTrue();
        assertThat(newer.requiresJava()).isEqualTo(21);
        assertThat(newer.runsOn(20)).isFalse();
        assertThat(newer.runsOn(21)).isTrue();
        assertThat(newer.runsOn(25)).isTrue();
    }

    @Test
    void rejectsAJavaOlderThanTheBaseline() {
        String yaml = """
                id: "01"
                title: { ja: "a", en: "a" }
                chapter: { ja: a.md, en: a.md }
                requires-java: 11
                """;
        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("older than the course baseline 17");
    }
}
