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
import dev.apikata.mock.journal.JournalStores;
import dev.apikata.mock.route.KitAdminRoutes;
import dev.apikata.mock.route.NoMappingFiles;
import dev.apikata.mock.route.NoProxyHttpClientFactory;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteDispatcher;
import dev.apikata.mock.route.RouteGroup;
import dev.apikata.mock.route.UnmatchedRoutes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
        // Generating the seed data overlaps with WireMock's own start-up: it takes a second core.
        CompletableFuture<List<RouteGroup>> seeded = CompletableFuture.supplyAsync(() -> RouteGroups.create(options));
        RouteDispatcher dispatcher = new RouteDispatcher();
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(options.host())
                .port(options.port())
                .notifier(new ConsoleNotifier(false))
                .extensions(dispatcher, new NoProxyHttpClientFactory())
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
                // /delay waits on a scheduler, not on a request thread.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                // Fewer request threads than WireMock's 14: on 2 cores the extra threads only
                // queue for the CPU and stretch the tail latency. /delay does not hold one.
                .containerThreads(10)
                // Journal entries keep at most 64 KiB of each response body (requests: see the store).
                .maxLoggedResponseSize(BoundedJournalStore.MAX_LOGGED_BODY);
        config.withStores(new JournalStores(config.filesRoot(), new BoundedJournalStore(options.journalSize())));

        WireMockServer server = new WireMockServer(config);
        server.start();
        List<RouteGroup> groups;
        try {
            groups = withKitControl(seeded.join());
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
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return new MockApi(server, options, groups);
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
