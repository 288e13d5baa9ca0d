package dev.apikata.kit.jshell;

import dev.apikata.mock.MockApi;
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
 */
final class JShellSession {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    JShellSession(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * @param moduleClasses the module's compiled classes, if it compiled
     * @param packages      the module's packages, imported for the learner
     * @param banner        what to print once the server runs, given its base URL
     * @return jshell's exit code
     */
    int run(Optional<Path> moduleClasses, Collection<String> packages, java.util.function.Function<String, String> banner)
            throws Exception {
        try (MockApi api = MockApi.start()) {
            Path startup = Files.createTempFile("apikata-jshell", ".jsh");
            try {
                Files.writeString(startup, StartupScript.create(api.baseUrl(), packages), StandardCharsets.UTF_8);
                out.println(banner.apply(api.baseUrl().toString().replaceAll("/$", "")));
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
}
