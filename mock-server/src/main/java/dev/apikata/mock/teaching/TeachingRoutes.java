package dev.apikata.mock.teaching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Endpoints that misbehave on purpose: delays, slow bodies, faults, flaky and rate-limited ones. */
public final class TeachingRoutes implements RouteGroup {

    public static final int MAX_DELAY_MS = 60_000;
    public static final int RATE_LIMIT = 5;
    public static final double RATE_REFILL_PER_SECOND = 0.5;
    private static final List<Integer> FLAKY_STATUSES = List.of(429, 500, 502, 503, 504);
    /** Per-client state is forgotten past this many clients, so random client ids cannot grow memory. */
    static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final Map<String, AtomicInteger> flakyAttempts = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Jobs jobs = new Jobs();
    private final List<Route> routes = new ArrayList<>();

    public TeachingRoutes(Clock clock) {
        this.clock = clock;
        routes.addAll(StatusRoutes.routes());
        routes.add(Route.get("/delay/{ms}", "Answer after the given number of milliseconds (at most 60000)", this::delay)
                .statuses(200, 400).returns(200, "Delayed").example("/delay/100"));
        routes.add(Route.get("/slow", "Send the headers at once, then dribble the body over 'duration' ms in 'chunks' pieces", this::slow)
                .query("duration", "chunks", "bytes").statuses(200, 400).returns(200, "text/plain", "Text").example("/slow?duration=200&chunks=4"));
        routes.add(Route.get("/fault/{kind}", "Break the connection: connection-reset, empty-response, malformed-chunk, random-data", this::fault)
                .statuses(400).example("/fault/unknown"));
        routes.add(Route.get("/flaky", "Fail 'fail' times per client (X-Client-Id), then succeed once, then start over", this::flaky)
                .query("fail", "status", "retry_after", "client").statuses(503, 200, 400, 429, 500, 502, 504)
                .returns(503, "Flaky").returns(200, "Flaky").returns(429, "Flaky").returns(500, "Flaky").returns(502, "Flaky").returns(504, "Flaky")
                .example("/flaky?fail=1&client=spec"));
        routes.add(Route.get("/rate-limited", "A token bucket per client: " + RATE_LIMIT + " requests, refilled one every 2 s; then 429", this::rateLimited)
                .query("client").statuses(200, 400, 429).returns(200, "RateLimitOk").example("/rate-limited?client=spec"));
        routes.add(Route.any("/anything", "Echo the method, headers, query and body back as JSON", Echo::answer)
                .statuses(200, 400, 413).returns(200, "Echo"));
        routes.add(Route.any("/anything/{path}", "Echo, as /anything, under any path", Echo::answer)
                .statuses(200, 400, 413).returns(200, "Echo").example("/anything/servers"));
        routes.addAll(ConditionalRoutes.routes());
        routes.addAll(jobs.routes());
    }

    @Override
    public String id() {
        return "teaching";
    }

    @Override
    public String name() {
        return "Teaching endpoints";
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void reset() {
        flakyAttempts.clear();
        buckets.clear();
        jobs.reset();
    }

    ResponseDefinition delay(KitRequest request) {
        int ms = parseBounded(request.pathParam("ms"), "delay", MAX_DELAY_MS);
        return Reply.status(200).wireMock().withFixedDelay(ms)
                .withHeader("Content-Type", Reply.JSON)
                .withBody(Json.bytes(Json.object().put("delayedMs", ms)))
                .build();
    }

    ResponseDefinition slow(KitRequest request) {
        int duration = bounded(request.intParam("duration", 2000), "duration", MAX_DELAY_MS);
        int chunks = Math.max(1, bounded(request.intParam("chunks", 10), "chunks", 1000));
        int bytes = Math.max(chunks, bounded(request.intParam("bytes", 1000), "bytes", 1024 * 1024));
        String body = "x".repeat(bytes);
        return Reply.status(200).wireMock()
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(body)
                .withChunkedDribbleDelay(chunks, duration)
                .build();
    }

    ResponseDefinition fault(KitRequest request) {
        String kind = request.pathParam("kind").toLowerCase(Locale.ROOT);
        Fault fault = switch (kind) {
            case "connection-reset" -> Fault.CONNECTION_RESET_BY_PEER;
            case "empty-response" -> Fault.EMPTY_RESPONSE;
            case "malformed-chunk" -> Fault.MALFORMED_RESPONSE_CHUNK;
            case "random-data" -> Fault.RANDOM_DATA_THEN_CLOSE;
            default -> throw new ApiProblem(400, "unknown_fault", "Unknown fault '" + kind + "'")
                    .detail("faults", List.of("connection-reset", "empty-response", "malformed-chunk", "random-data"));
        };
        return Reply.status(200).wireMock().withFault(fault).build();
    }

    ResponseDefinition flaky(KitRequest request) {
        int fail = bounded(request.intParam("fail", 2), "fail", 100);
        int status = request.intParam("status", 503);
        if (!FLAKY_STATUSES.contains(status)) {
            throw new ApiProblem(400, "bad_parameter", "status must be one of " + FLAKY_STATUSES);
        }
        int retryAfter = StatusRoutes.retryAfter(request);
        String key = request.clientKey() + "|" + fail + "|" + status;
        forgetIfFull(flakyAttempts);
        int attempt = flakyAttempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        ObjectNode body = Json.object().put("attempt", attempt).put("failuresBeforeSuccess", fail).put("client", request.clientKey());
        if (attempt <= fail) {
            Reply reply = Reply.status(status);
            if (status == 429 || status == 503) {
                reply.header("Retry-After", retryAfter);
            }
            return reply.json(body.put("error", "flaky").put("message", "Failure " + attempt + " of " + fail + "; try again"));
        }
        flakyAttempts.remove(key);
        return Reply.ok(body.put("ok", true));
    }

    ResponseDefinition rateLimited(KitRequest request) {
        forgetIfFull(buckets);
        TokenBucket bucket = buckets.computeIfAbsent(request.clientKey(), k -> new TokenBucket(RATE_LIMIT, RATE_REFILL_PER_SECOND, clock));
        TokenBucket.Decision decision = bucket.tryTake();
        Reply reply = Reply.status(decision.allowed() ? 200 : 429)
                .header("X-RateLimit-Limit", bucket.capacity())
                .header("X-RateLimit-Remaining", decision.remaining())
                .header("X-RateLimit-Reset", decision.resetEpochSeconds());
        if (!decision.allowed()) {
            return reply.header("Retry-After", decision.retryAfterSeconds())
                    .json(Json.object().put("error", "rate_limited")
                            .put("message", "Too many requests; retry after " + decision.retryAfterSeconds() + " s"));
        }
        return reply.json(Json.object().put("ok", true).put("remaining", decision.remaining()));
    }

    static void forgetIfFull(Map<String, ?> perClient) {
        if (perClient.size() >= MAX_CLIENTS) {
            perClient.clear();
        }
    }

    private static int parseBounded(String text, String name, int max) {
        try {
            return bounded(Integer.parseInt(text), name, max);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "bad_parameter", name + " must be a whole number, got '" + text + "'");
        }
    }

    private static int bounded(int value, String name, int max) {
        if (value < 0 || value > max) {
            throw new ApiProblem(400, "bad_parameter", name + " must be between 0 and " + max + ", got " + value);
        }
        return value;
    }
}
