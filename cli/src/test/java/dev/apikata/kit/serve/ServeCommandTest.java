package dev.apikata.kit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code kit serve} hands its arguments to the mock server's command. */
class ServeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kit(String... args) {
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        return kit.execute(args);
    }

    @Test
    @DisplayName("kit serve --help shows the mock server's options")
    void helpListsTheServerOptions() {
        int exit = kit("serve", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("kit serve").contains("--port").contains("--host").contains("--fake-writes");
    }

    @Test
    @DisplayName("a taken port is reported in the kit's language, with the server's exit code")
    void takenPortIsReported() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = kit("--lang", "ja", "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(exit).isEqualTo(dev.apikata.mock.ServeCommand.EXIT_PORT_TAKEN);
            assertThat(err.toString()).contains(String.valueOf(taken.getLocalPort())).containsPattern("[ぁ-んァ-ン]");
        }
    }
}
