package dev.apikata.kit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnEmptyProgress() {
        assertThat(ProgressStore.in(dir).load()).isEqualTo(Progress.EMPTY);
    }

    @Test
    void hintLevelsAndResultsSurviveARestart() {
        ProgressStore.in(dir).update(progress -> progress.withHintLevel("01.4", 2));
        ProgressStore.in(dir).update(progress -> new Progress(progress.hintLevels(), Map.of("01.1", new KnownResult(3, 3))));

        Progress loaded = ProgressStore.in(dir).load();

        assertThat(loaded.hintLevel("01.4")).isEqualTo(2);
        assertThat(loaded.hintLevel("01.5")).isZero();
        assertThat(loaded.result("01.1")).contains(new KnownResult(3, 3));
        assertThat(dir.resolve(ProgressStore.FILE_NAME)).exists();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aDamagedFileIsAnEmptyProgressNotAnError() throws Exception {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "{ \"hintLevels\": { \"01.1\": ");

        assertThat(ProgressStore.in(dir).load()).isEqualTo(Progress.EMPTY);
    }

    @Test
    void theFileIsSmallReadableJson() throws Exception {
        ProgressStore.in(dir).update(progress -> progress.withHintLevel("01.4", 1));

        String json = Files.readString(dir.resolve(ProgressStore.FILE_NAME));

        assertThat(json).contains("\"hintLevels\"", "\"01.4\" : 1");
    }
}
