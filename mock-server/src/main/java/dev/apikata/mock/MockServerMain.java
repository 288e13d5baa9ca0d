package dev.apikata.mock;

import java.io.IOException;
import picocli.CommandLine;

/**
 * {@code java -jar apikata-mock-server.jar [--port N] [--host H] [--fake-writes] [--lang ja|en]}
 * (or this class as the main class): starts the server in a lean JVM of its own
 * ({@link ServerLauncher}), or serves itself when it is that JVM.
 */
public final class MockServerMain {

    private MockServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        ServerLauncher.main(args);
    }

    /**
     * The picocli command line, for embedding as a subcommand. Its help and usage errors speak the
     * language of the arguments it gets ({@code --lang}, else the kit's detection).
     */
    public static CommandLine command() {
        return ServeCommand.commandLine();
    }
}
