package dev.apikata.kit.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.watch.CalcFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
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
            var r = post("/posts", "{\\"title\\": \\"from jshell\\", \\"body\\": \\"b\\", \\"userId\\": 1}")
            "status " + r.status()
            "title " + r.json().get("title").asText()
            new Calc().twice(21)
            "base " + base.resolve("/posts/1")
            /exit
            """;

    // What chapter snippets do: define base and http themselves, here even with other types and addresses.
    private static final String REDEFINING = """
            var base = URI.create("http://127.0.0.1:1");
            String http = "not a client";
            var json = 42;
            "after " + get("/posts/2").status()
            /exit
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int preferredPort;

    private int kit(String input, String... args) {
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setErr(new PrintWriter(err, true));
        JShellCommand jshell = kit.getSubcommands().get("jshell").getCommand();
        jshell.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        jshell.out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        jshell.err = jshell.out;
        jshell.preferredPort = preferredPort;
        return kit.execute(args);
    }

    @Test
    @Timeout(60)
    @DisplayName("helpers print the exchange with pretty JSON and return the response; the module's classes are imported")
    void scriptedSession() throws Exception {
        Path stub = CalcFixture.create(dir);
        Files.writeString(stub, CalcFixture.SOLVED);
        preferredPort = freePort();

        int exit = kit(SCRIPT, "--project", dir.toString(), "--lang", "en", "jshell", "01");

        String output = transcript.toString(StandardCharsets.UTF_8);
        String base = "http://127.0.0.1:" + preferredPort;
        assertThat(exit).as(output + err).isZero();
        assertThat(output)
                .contains("Practice API running at " + base + ": the variable base (a URI) holds it")
                .doesNotContain("is in use")
                .contains("GET " + base + "/posts/1 -> 200")
                .containsIgnoringCase("content-type: application/json")
                .contains("\"id\" : 1,")
                .contains("POST " + base + "/posts -> 201")
                .contains("\"title\" : \"from jshell\"")
                .containsPattern("r ==> 201 POST /posts \\(application/json[^)]*, \\d+ chars\\)")
                .contains("==> \"status 201\"", "==> \"title from jshell\"")
                .containsPattern("\\$\\d+ ==> 42")
                .contains("==> \"base " + base + "/posts/1\"")
                .doesNotContain("Error:");
    }

    @Test
    @Timeout(60)
    @DisplayName("a snippet that defines base, http and json again leaves the helpers working")
    void snippetsRedefiningTheKitsNamesBreakNothing() throws Exception {
        CalcFixture.create(dir);
        preferredPort = freePort();

        int exit = kit(REDEFINING, "--project", dir.toString(), "--lang", "en", "jshell", "01");

        String output = transcript.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output + err).isZero();
        assertThat(output).contains("GET http://127.0.0.1:" + preferredPort + "/posts/2 -> 200", "==> \"after 200\"")
                .doesNotContain("Error:", "cannot find symbol");
    }

    @Test
    @Timeout(60)
    @DisplayName("when the chapters' port is taken, the session says so and runs on another one")
    void aTakenPortIsNamedAndAnotherOneUsed() throws Exception {
        CalcFixture.create(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            preferredPort = taken.getLocalPort();

            int exit = kit("\"base \" + base\nget(\"/posts/1\").status()\n/exit\n",
                    "--project", dir.toString(), "--lang", "ja", "jshell", "01");

            String output = transcript.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(output + err).isZero();
            assertThat(output).contains("ポート " + preferredPort + " はすでに使われている", "練習用 API を http://127.0.0.1:")
                    .containsPattern("==> 200")
                    .doesNotContain("\"base http://127.0.0.1:" + preferredPort + "\"");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
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
