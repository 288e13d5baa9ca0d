package dev.apikata.mock;

import com.github.tomakehurst.wiremock.common.FatalStartupException;
import dev.apikata.mock.route.RouteGroup;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: starts the mock API, prints where it is, and blocks until Ctrl-C. The kit embeds
 * this class as its {@code serve} subcommand; {@link MockServerMain} runs it alone.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Start the apikata mock API on 127.0.0.1.", "apikata のモック API を 127.0.0.1 で起動します。"})
public final class ServeCommand implements Callable<Integer> {

    /** Exit code when the port is taken (2 is picocli's usage error). */
    public static final int EXIT_PORT_TAKEN = 3;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = MockApiOptions.LOOPBACK, description = "Address to bind (default: ${DEFAULT-VALUE}). 0.0.0.0 exposes the server to your network.")
    String host;

    @Option(names = "--fake-writes", description = "Answer writes like JSONPlaceholder (POST /posts gives id 101) but store nothing.")
    boolean fakeWrites;

    @Option(names = "--journal-size", defaultValue = "1000", description = "How many recent requests the journal keeps (default: ${DEFAULT-VALUE}).")
    int journalSize;

    @Option(names = "--lang", description = "Language of the messages: ja or en (default: KIT_LANG, else the system locale).")
    String lang;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CliMessages messages = CliMessages.forLanguage(lang);
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
            out.println(messages.get("group", group.name(), String.valueOf(group.routes().size())));
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
