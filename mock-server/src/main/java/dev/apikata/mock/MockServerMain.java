package dev.apikata.mock;

import dev.apikata.course.Language;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * {@code java -jar apikata-mock-server.jar [--port N] [--host H] [--fake-writes] [--lang ja|en]}:
 * starts the server in a lean JVM of its own ({@link ServerLauncher}), or serves itself when it is
 * that JVM.
 */
public final class MockServerMain {

    private MockServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (ServerLauncher.shouldRelaunch(args)) {
            System.exit(ServerLauncher.relaunch(args));
        }
        if (System.getProperty(ServerLauncher.CHILD_PROPERTY) != null) {
            ServerLauncher.stopWithLauncher();
        }
        System.exit(run(args, new PrintWriter(System.out, true)));
    }

    /** Runs the serve command with {@code out} for its messages; blocks until Ctrl-C. */
    public static int run(String[] args, PrintWriter out) {
        return command().setOut(out).execute(args);
    }

    /**
     * The picocli command line, for embedding as a subcommand. Its help and usage errors speak the
     * language of the arguments it gets ({@code --lang}, else the kit's detection).
     */
    public static CommandLine command() {
        CommandLine command = new CommandLine(new ServeCommand()).setCommandName("apikata-mock-server");
        command.setResourceBundle(CliMessages.in(Language.detect()).bundle());
        command.setParameterExceptionHandler(new UsageErrors());
        CommandLine.IExecutionStrategy run = command.getExecutionStrategy();
        command.setExecutionStrategy(parsed -> {
            // Help comes from the bundle of the language asked for on this command line.
            String[] given = parsed.originalArgs().toArray(String[]::new);
            parsed.commandSpec().commandLine().setResourceBundle(CliMessages.forArguments(given).bundle());
            return run.execute(parsed);
        });
        return command;
    }
}
