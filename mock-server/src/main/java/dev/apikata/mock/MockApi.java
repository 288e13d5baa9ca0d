package dev.apikata.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.apikata.mock.journal.BoundedJournalStore;
import dev.apikata.mock.route.KitAdminRoutes;
import dev.apikata.mock.route.NoMappingFiles;
import dev.apikata.mock.route.NoProxyHttpClientFactory;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteDispatcher;
import dev.apikata.mock.route.RouteGroup;
import dev.apikata.mock.route.UnmatchedRoutes;
import dev.apikata.mock.server.KitJettyServer;
import dev.apikata.mock.server.MemoryOnlyStores;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local practice API, embeddable from Java (jshell, chapter examples, tests):
 *
 * <pre>{@code
 * try (MockApi api = MockApi.start()) {
 *     URI posts = api.baseUrl().resolve("/posts/1");
 *     ...
 * }
 * }</pre>
 *
 * It binds 127.0.0.1 on a free port unless {@link MockApiOptions} says otherwise.
 */
public final class MockApi implements AutoCloseable {

    static {
        // WireMock logs through SLF4J; without a provider SLF4J warns on stderr, which only confuses learners.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Below every route: the 404/405 answer. */
    private static final int FALLBACK_PRIORITY = 1000;
    /** The listen backlog: a burst of new connections (a learner's 200 parallel requests) waits instead of being dropped. */
    public static final int ACCEPT_QUEUE = 1024;
    /** Request threads: enough for many stalled or slow clients at once; idle ones end after a while. */
    static final int MAX_REQUEST_THREADS = 200;
    private static final int MIN_REQUEST_THREADS = 4;
    private static final int IDLE_THREAD_MILLIS = 30_000;
    private static final long IDLE_CONNECTION_MILLIS = 30_000;

    private final WireMockServer server;
    private final MockApiOptions options;
    private final List<RouteGroup> groups;

    private MockApi(WireMockServer server, MockApiOptions options, List<RouteGroup> groups) {
        this.server = server;
        this.options = options;
        this.groups = groups;
    }

    public static MockApi start() {
        return start(MockApiOptions.defaults());
    }

    /**
     * Starts the server and returns once it accepts requests.
     *
     * @throws com.github.tomakehurst.wiremock.common.FatalStartupException if the port is taken
     */
    public static MockApi start(MockApiOptions options) {
        // Generating the seed data overlaps with building WireMock's server: it takes a second core.
        CompletableFuture<List<RouteGroup>> seeded = CompletableFuture.supplyAsync(() -> RouteGroups.create(options));
        RouteDispatcher dispatcher = new RouteDispatcher();
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(options.host())
                .port(options.port())
                .notifier(new ConsoleNotifier(false))
                .extensions(dispatcher, new NoProxyHttpClientFactory())
                .httpServerFactory(KitJettyServer.factory(options.readTimeout()))
                .mappingSource(new NoMappingFiles())
                .gzipDisabled(true)
                // Content-Length instead of chunked bodies, as most real APIs answer.
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                // Start-up and per-request cost: we use none of these.
                .templatingEnabled(false)
                .http2PlainDisabled(true)
                .http2TlsDisabled(true)
                .stubRequestLoggingDisabled(true)
                .disableOptimizeXmlFactoriesLoading(true)
                // Delays and slow bodies run on KitJettyServer's own scheduler, not on request threads.
                .asynchronousResponseEnabled(false)
                .threadPoolFactory(ignored -> requestThreads())
                // One acceptor is plenty on a laptop; WireMock's 3 each hold a request thread.
                .jettyAcceptors(1)
                .jettyAcceptQueueSize(ACCEPT_QUEUE)
                // Idle keep-alive connections and stalled request headers hold no thread; they close after this.
                .jettyIdleTimeout(IDLE_CONNECTION_MILLIS)
                // Journal entries keep at most 64 KiB of each response body (requests: see the store).
                .maxLoggedResponseSize(BoundedJournalStore.MAX_LOGGED_BODY);
        config.withStores(new MemoryOnlyStores(config.filesRoot(), new BoundedJournalStore(options.journalSize())));

        WireMockServer server = new WireMockServer(config);
        // Every route is registered before the port opens: a client that connects as soon as it
        // can never meets a half-registered server.
        List<RouteGroup> groups = withKitControl(seeded.join());
        List<Route> routes = new ArrayList<>();
        for (RouteGroup group : groups) {
            for (Route route : group.routes()) {
                register(server, dispatcher, route);
                routes.add(route);
            }
        }
        Route fallback = Route.any("/__unmatched", "unmatched", new UnmatchedRoutes(routes)).priority(FALLBACK_PRIORITY);
        UUID fallbackId = UUID.randomUUID();
        dispatcher.bind(fallbackId, fallback);
        server.stubFor(any(anyUrl()).withId(fallbackId).atPriority(FALLBACK_PRIORITY)
                .willReturn(aResponse().withTransformers(RouteDispatcher.NAME)));
        server.start();
        return new MockApi(server, options, groups);
    }

    private static QueuedThreadPool requestThreads() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_REQUEST_THREADS, MIN_REQUEST_THREADS, IDLE_THREAD_MILLIS);
        threads.setName("apikata-http");
        return threads;
    }

    /** The groups plus the kit's control routes, whose reset resets them all. */
    private static List<RouteGroup> withKitControl(List<RouteGroup> groups) {
        List<RouteGroup> all = new ArrayList<>(groups);
        all.add(new KitAdminRoutes(() -> groups.forEach(RouteGroup::reset), () -> List.copyOf(all)));
        return List.copyOf(all);
    }

    private static void register(WireMockServer server, RouteDispatcher dispatcher, Route route) {
        List<String> methods = switch (route.method()) {
            case "ANY" -> List.of("ANY");
            // HEAD is GET without a body: Jetty drops the body for us.
            case "GET" -> List.of("GET", "HEAD");
            default -> List.of(route.method());
        };
        for (String method : methods) {
            UUID id = UUID.randomUUID();
            dispatcher.bind(id, route);
            MappingBuilder mapping = method.equals("ANY")
                    ? any(urlPathTemplate(route.template()))
                    : request(method, urlPathTemplate(route.template()));
            StubMapping stub = mapping.withId(id)
                    .withName(route.label())
                    .atPriority(route.priority())
                    .willReturn(aResponse().withTransformers(RouteDispatcher.NAME))
                    .build();
            server.addStubMapping(stub);
        }
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    public URI baseUrl() {
        return URI.create("http://" + hostForUrl() + ":" + port());
    }

    public int port() {
        return server.port();
    }

    /** WireMock's request journal: the most recent requests, newest first. */
    public URI journalUrl() {
        return URI.create(baseUrl() + "/__admin/requests");
    }

    public List<RouteGroup> groups() {
        return groups;
    }

    public MockApiOptions options() {
        return options;
    }

    /** Restores the seed data and forgets per-client state, like {@code POST /__kit/reset}. */
    public void reset() {
        groups.forEach(RouteGroup::reset);
    }

    @Override
    public void close() {
        server.stop();
    }

    private String hostForUrl() {
        String host = options.host();
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
