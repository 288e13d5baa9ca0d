package dev.apikata.mock;

import com.github.tomakehurst.wiremock.common.FatalStartupException;
import dev.apikata.course.Language;
import dev.apikata.mock.route.RouteGroup;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: starts the mock API, prints where it is, and blocks until Ctrl-C. The kit embeds
 * this class as its {@code serve} subcommand; {@link MockServerMain} runs it alone.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ServeCommand.Version.class, sortOptions = false)
public final class ServeCommand implements Callable<Integer> {

    /** Exit code when the port is taken (2 is picocli's usage error). */
    public static final int EXIT_PORT_TAKEN = 3;

    // The descriptions are in messages_ja/en.properties, under the option's name (port, host...).
    @Option(names = "--port", defaultValue = "8080", paramLabel = "N")
    int port;

    @Option(names = "--host", defaultValue = MockApiOptions.LOOPBACK, paramLabel = "H")
    String host;

    @Option(names = "--fake-writes")
    boolean fakeWrites;

    @Option(names = "--journal-size", defaultValue = "1000", paramLabel = "N")
    int journalSize;

    @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageOption.class)
    Language lang;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A command line for this command whose help and usage errors speak the language of its arguments. */
    static CommandLine commandLine() {
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

    /** Runs the command on the terminal until Ctrl-C; the process's exit code. */
    static int runInConsole(String[] args) {
        return commandLine()
                .setOut(console(System.out, "stdout.encoding"))
                .setErr(console(System.err, "stderr.encoding"))
                .execute(args);
    }

    /** Japanese messages in the terminal's encoding, which JDK 19+ names and which is the default before. */
    private static PrintWriter console(PrintStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** {@code ja} or {@code en} (or a locale such as {@code ja_JP.UTF-8}); anything else is a usage error. */
    static final class LanguageOption implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(value));
        }
    }

    /** The server's version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ServeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"apikata mock server " + (version == null ? "dev" : version), "Java " + Runtime.version()};
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CliMessages messages = CliMessages.in(lang != null ? lang : Language.detect());
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), messages.get("usage.badPort", String.valueOf(port)));
        }
        if (journalSize < 1) {
            throw new ParameterException(spec.commandLine(), messages.get("usage.badJournalSize", String.valueOf(journalSize)));
        }
        MockApi api;
        try {
            api = start(out, messages);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (FatalStartupException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(isBindFailure(e) ? messages.get("portTaken", String.valueOf(port), host) : messages.get("startFailed", e.getMessage()));
            err.flush();
            return isBindFailure(e) ? EXIT_PORT_TAKEN : 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            out.println(messages.get("stopped"));
            out.flush();
            stopped.countDown();
        }, "apikata-mock-shutdown"));
        stopped.await();
        return 0;
    }

    /** Starts the server and prints the banner; the caller owns the returned server. */
    MockApi start(PrintWriter out, CliMessages messages) {
        long startedAt = System.nanoTime();
        MockApi api = MockApi.start(MockApiOptions.defaults()
                .withHost(host)
                .withPort(port)
                .withFakeWrites(fakeWrites)
                .withJournalSize(journalSize));
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        out.println(messages.get("started", String.valueOf(millis)));
        out.println(messages.get("baseUrl", api.baseUrl()));
        out.println(messages.get("journal", api.journalUrl(), String.valueOf(journalSize)));
        out.println(messages.get("routes", api.baseUrl()));
        out.println(messages.get("groups"));
        for (RouteGroup group : api.groups()) {
            out.println(messages.get("group", messages.get("group." + group.id()), String.valueOf(group.routes().size())));
        }
        if (fakeWrites) {
            out.println(messages.get("fakeWrites"));
        }
        out.println(messages.get("devOnly"));
        if (!host.equals(MockApiOptions.LOOPBACK) && !host.equals("localhost") && !host.equals("::1")) {
            out.println(messages.get("exposed", host));
        }
        out.println(messages.get("stop"));
        out.flush();
        return api;
    }

    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }
}
