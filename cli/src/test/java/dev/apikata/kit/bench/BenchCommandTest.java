package dev.apikata.kit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.watch.CalcFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's watch-mode half on a one-module fixture; the Maven half is skipped (--maven-runs 0). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("edits a copy of the project, never the learner's files, and reports the median re-run")
    void measuresWatchModeOnACopy() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.createDirectories(dir.resolve("exercises/01-calc/target/kit"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));

        int exit = kit.execute("--project", dir.toString(), "--lang", "en", "bench",
                "--edits", "2", "--warm-up", "1", "--maven-runs", "0", "--debounce", "20");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("kit bench: module 01-calc, 2 measured edits after 1 warm-up edits")
                .containsPattern("watch mode re-run \\(save to result shown\\): median \\d+ ms \\(min \\d+, max \\d+; 2 edits");
        assertThat(Files.readString(stub)).as("the learner's file is untouched").isEqualTo(CalcFixture.STUB);
    }
}
