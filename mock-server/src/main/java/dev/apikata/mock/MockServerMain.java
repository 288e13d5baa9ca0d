package dev.apikata.mock;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * {@code java -jar apikata-mock-server.jar [--port N] [--host H] [--fake-writes] [--lang ja|en]}.
 */
public final class MockServerMain {

    private MockServerMain() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true)));
    }

    /** Runs the serve command with {@code out} for its messages; blocks until Ctrl-C. */
    public static int run(String[] args, PrintWriter out) {
        return command().setOut(out).execute(args);
    }

    /** The picocli command line, for embedding as a subcommand. */
    public static CommandLine command() {
        return new CommandLine(new ServeCommand()).setCommandName("apikata-mock-server");
    }
}
