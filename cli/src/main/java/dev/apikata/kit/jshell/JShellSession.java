package dev.apikata.kit.jshell;

import com.github.tomakehurst.wiremock.common.FatalStartupException;
import dev.apikata.mock.MockApi;
import dev.apikata.mock.MockApiOptions;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * One jshell session with a mock server behind it: starts the server, writes the startup snippets,
 * runs the JDK's jshell tool until the learner types {@code /exit}, then stops the server.
 *
 * <p>The server listens on the port the chapters' snippets use (8080) when it is free, so that they
 * work as printed; on another one otherwise, and the banner says so.
 */
final class JShellSession {

    /** What the banner says: the server's base URL, and whether it got the port the chapters use. */
    interface Banner {
        String text(String baseUrl, boolean onPreferredPort);
    }

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final int preferredPort;

    JShellSession(InputStream in, PrintStream out, PrintStream err, int preferredPort) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.preferredPort = preferredPort;
    }

    /**
     * @param moduleClasses the module's compiled classes, if it compiled
     * @param packages      the module's packages, imported for the learner
     * @param banner        what to print once the server runs
     * @return jshell's exit code
     */
    int run(Optional<Path> moduleClasses, Collection<String> packages, Banner banner) throws Exception {
        try (MockApi api = startServer()) {
            Path startup = Files.createTempFile("apikata-jshell", ".jsh");
            try {
                Files.writeString(startup, StartupScript.create(api.baseUrl(), packages), StandardCharsets.UTF_8);
                out.println(banner.text(api.baseUrl().toString().replaceAll("/$", ""), api.port() == preferredPort));
                out.flush();
                return JavaShellToolBuilder.builder()
                        .in(in, null)
                        .out(out)
                        .err(err)
                        .start("--class-path", JShellClassPath.of(moduleClasses),
                                "--startup", "DEFAULT", "--startup", startup.toString());
            } finally {
                Files.deleteIfExists(startup);
            }
        }
    }

    private MockApi startServer() {
        try {
            return MockApi.start(MockApiOptions.defaults().withPort(preferredPort));
        } catch (FatalStartupException taken) {
            // Another server (often ./kit serve) has the port: this session gets a free one.
            return MockApi.start();
        }
    }
}
