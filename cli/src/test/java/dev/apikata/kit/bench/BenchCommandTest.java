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

/** The benchmark on a one-module fixture; the Maven half is skipped (--maven-runs 0). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("edits a copy of the project, never the learner's files, and reports every figure with the load average")
    void measuresWatchModeOnACopy() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.createDirectories(dir.resolve("exercises/01-calc/target/kit"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));

        int exit = kit.execute("--project", dir.toString(), "--lang", "en", "bench",
                "--edits", "2", "--warm-up", "1", "--maven-runs", "0", "--debounce", "20", "--starts", "1",
                "--stuck-rounds", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("kit bench: module 01-calc, 2 measured edits after 1 warm-up edits")
                .containsPattern("load average \\(1 min\\) at the start: (\\d+\\.\\d\\d|n/a)")
                .containsPattern("\\./kit list \\(a new process, results cached\\): +median \\d+ ms \\(min \\d+, max \\d+; 1 runs")
                .containsPattern("first screen of \\./kit \\(a new process, cached\\): +median \\d+ ms")
                .containsPattern("watch mode re-run \\(save to result shown\\): median \\d+ ms \\(min \\d+, max \\d+; 2 edits")
                .containsPattern("a save whose code never returns \\(result shown\\): median \\d+ ms .*; 1 rounds; per-test timeout 5000 ms")
                .containsPattern("the good save after it \\(the worker killed\\): +median \\d+ ms")
                .contains("targets: ./kit list median <= 1000 ms: ", "after a killed worker, every next result <= 3000 ms: ");
        assertThat(Files.readString(stub)).as("the learner's file is untouched").isEqualTo(CalcFixture.STUB);
    }
}
