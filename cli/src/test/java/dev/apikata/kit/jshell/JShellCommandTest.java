package dev.apikata.kit.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.watch.CalcFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A scripted jshell session: snippets on standard input, the transcript on standard output. */
class JShellCommandTest {

    private static final String SCRIPT = """
            get("/posts/1")
            post("/posts", "{\\"title\\": \\"from jshell\\", \\"body\\": \\"b\\", \\"userId\\": 1}")
            new Calc().twice(21)
            base.startsWith("http://127.0.0.1:")
            /exit
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int kit(String input, String... args) {
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setErr(new PrintWriter(err, true));
        JShellCommand jshell = kit.getSubcommands().get("jshell").getCommand();
        jshell.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        jshell.out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        jshell.err = jshell.out;
        return kit.execute(args);
    }

    @Test
    @Timeout(60)
    @DisplayName("helpers print the exchange with pretty JSON, and the module's classes are imported")
    void scriptedSession() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.writeString(stub, CalcFixture.SOLVED);

        int exit = kit(SCRIPT, "--project", dir.toString(), "--lang", "en", "jshell", "01");

        String output = transcript.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output + err).isZero();
        assertThat(output)
                .contains("Mock API running at http://127.0.0.1:")
                .containsPattern("GET http://127\\.0\\.0\\.1:\\d+/posts/1 -> 200")
                .containsIgnoringCase("content-type: application/json")
                .contains("\"id\" : 1,")
                .containsPattern("POST http://127\\.0\\.0\\.1:\\d+/posts -> 201")
                .contains("\"title\" : \"from jshell\"")
                .containsPattern("\\$\\d+ ==> 42")
                .containsPattern("\\$\\d+ ==> true");
    }

    @Test
    @DisplayName("an unknown module is named, with where to look")
    void unknownModule() throws Exception {
        CalcFixture.create(dir);

        int exit = kit("", "--project", dir.toString(), "--lang", "ja", "jshell", "99");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("モジュール「99」は見つかりません。");
    }
}
