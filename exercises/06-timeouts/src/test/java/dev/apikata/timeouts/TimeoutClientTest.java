package dev.apikata.timeouts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.Language;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 06: timeouts, tasks 06.1 to 06.4 and 06.6 (06.5 is {@link DeadlineTest}), grouped by task. These are the tests where the JDK's client
 * itself must time out, so they wait for real, a few hundred milliseconds at a time. The limits a
 * test expects to be hit are short and the server is much slower than them; the limits a test
 * expects to hold are generous, so a busy machine does not make them fail. The deadline of task
 * 06.6 runs on the test's own clock, which skips the pauses but lets the attempts take their real time.
 *
 * <p>One class, not one nested class per task: the server stops after each class, and while a slow
 * answer the client gave up on is still being served, stopping waits half a second for it.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("TimeoutClient")
// Real waits of several seconds, and wrong code that waits out the 10 s request timeout: longer than
// the 5 s default, so that the assertion, not the timeout, tells the learner what went wrong.
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TimeoutClientTest {

    private static final String PREFIX = "/api/v1";
    private static final String PATH = "/servers/web01";
    private static final String SERVER_JSON = """
            {"name": "web01", "status": "running"}""";
    private static final String CREATE_JSON = """
            {"name": "web02", "image": "debian-12"}""";
    private static final Map<String, String> DEFAULT_HEADERS =
            Map.of("Accept", "application/json", "User-Agent", "InfraAutomation/1.0");
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Timeouts GENEROUS = new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(60));
    private static final Duration SHORT = Duration.ofMillis(150);
    // Answers the short limits must beat by far: a starved machine fires a 150 ms timer seconds late.
    private static final int LATE_MILLIS = 5_000;
    // What "gave up in time" allows for a limit of 150 to 300 ms, and what a limit that did not bound the wait takes at least.
    private static final long GAVE_UP_WITHIN_MILLIS = 3_500;
    private static final Duration NOT_THE_LIMIT = Duration.ofSeconds(10);
    // How late a starved machine was seen to fire a timer (load average 60 on 2 cores): about 2 s.
    private static final long LATE_TIMER_MILLIS = 3_000;

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    // The clock of task 06.6. It runs at real speed, so an attempt takes the time it really takes; only the pauses are skipped.
    private final FakeTime time = FakeTime.running(Instant.parse("2025-03-01T12:00:00Z"));

    private static ApiClient apiClient(String baseUrl, Duration connectTimeout) {
        return new ApiClient(URI.create(baseUrl), DEFAULT_HEADERS,
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
    }

    /**
     * An ApiClient for the test's server, below the path prefix /api/v1, whose HttpClient already
     * holds an open connection to it. A short limit then times the server's answer, not the set-up
     * of a connection on a busy machine: the JDK reports a request timeout that runs out while
     * connecting as a connect timeout. (WireMock's admin API is not in the request journal.)
     */
    private static ApiClient connectedApiClient() {
        ApiClient client = apiClient(api.baseUrl() + PREFIX, CONNECT);
        try {
            client.http().send(HttpRequest.newBuilder(URI.create(api.url("/__admin/mappings"))).build(),
                    BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach the test's own server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return client;
    }

    /** A client for the test's server, below the path prefix /api/v1, with these default timeouts. */
    private static TimeoutClient client(Timeouts defaults) {
        return new TimeoutClient(connectedApiClient(), defaults);
    }

    /** The same on the test's {@link #time}, for task 06.6: the pauses are written down, not waited. */
    private TimeoutClient clientOnTestTime(Timeouts defaults) {
        return new TimeoutClient(connectedApiClient(), defaults, time, time);
    }

    private static String path() {
        return PREFIX + PATH;
    }

    /** The server answers {@code answers} in turn; the last one from then on. */
    private static void inTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder step = request.get().inScenario("answers in turn")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + (i + 1));
            if (i + 1 < answers.length) {
                step = step.willSetStateTo("answer " + (i + 2));
            }
            api.stubFor(step.willReturn(answers[i]));
        }
    }

    /** A body of {@code chunks} pieces, the first after {@code millis / chunks} ms, the last after {@code millis}. */
    private static ResponseDefinitionBuilder dribbled(String body, int chunks, int millis) {
        return ok(body).withHeader("Content-Type", "text/plain").withChunkedDribbleDelay(chunks, millis);
    }

    private static String body(int length) {
        return "0123456789".repeat(length / 10);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static List<Throwable> causalChain(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable at = failure; at != null && !chain.contains(at); at = at.getCause()) {
            chain.add(at);
        }
        return chain;
    }

    private static int requestsSent() {
        return api.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static Optional<UnansweredPort> unansweredPort() throws IOException {
        Optional<UnansweredPort> port = UnansweredPort.open();
        assumeTrue(port.isPresent(), "this system refuses a full accept queue instead of dropping it: "
                + "no loopback port that never answers, so the connect timeout cannot be shown here");
        return port;
    }

    // 06.1 newHttpClient: the connect timeout belongs to the client
    @Test
    @Tag("task:06.1")
    @DisplayName("the client carries the connect timeout it was given: 300 ms, or 2 s")
    void carriesTheConnectTimeout() {
        assertThat(TimeoutClient.newHttpClient(Duration.ofMillis(300)).connectTimeout())
                .as("newHttpClient(300 ms).connectTimeout()").contains(Duration.ofMillis(300));
        assertThat(TimeoutClient.newHttpClient(Duration.ofSeconds(2)).connectTimeout())
                .as("newHttpClient(2 s).connectTimeout()").contains(Duration.ofSeconds(2));
    }

    @Test
    @Tag("task:06.1")
    @DisplayName("a port that never answers fails within the 200 ms connect timeout, not the 10 s request timeout")
    void unansweredPortTimesOut() throws Exception {
        try (UnansweredPort port = unansweredPort().orElseThrow()) {
            HttpClient http = TimeoutClient.newHttpClient(Duration.ofMillis(200));
            HttpRequest request = HttpRequest.newBuilder(port.uri().resolve("/servers")).timeout(NOT_THE_LIMIT).build();
            long start = System.nanoTime();

            Throwable thrown = catchThrowable(() -> http.send(request, BodyHandlers.ofString()));

            assertThat(thrown).as("send(...) to a port that never completes the connection")
                    .isInstanceOf(HttpConnectTimeoutException.class);
            assertThat(millisSince(start)).as("milliseconds until the send failed (connect timeout 200 ms, request timeout 10 s)")
                    .isLessThan(GAVE_UP_WITHIN_MILLIS);
        }
    }

    // 06.2 get and post: the Python APIClient, with the default timeouts
    @Test
    @Tag("task:06.2")
    @DisplayName("get() sends GET below the base URL's path prefix with the default headers, and returns the answer")
    void getWithDefaults() throws Exception {
        api.stubFor(get(path()).willReturn(okJson(SERVER_JSON)));

        HttpResponse<String> response = client(GENEROUS).get(PATH);

        assertThat(response.statusCode()).as("the status get(...) returned").isEqualTo(200);
        assertThat(response.body()).as("the body get(...) returned").isEqualTo(SERVER_JSON);
        api.verify(getRequestedFor(urlEqualTo(path()))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("InfraAutomation/1.0")));
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("post() sends the JSON with Content-Type: application/json and the default headers")
    void postWithDefaults() throws Exception {
        api.stubFor(post(PREFIX + "/servers").willReturn(status(201).withBody("{\"name\": \"web02\", \"id\": 7}")));

        HttpResponse<String> response = client(GENEROUS).post("/servers", CREATE_JSON);

        assertThat(response.statusCode()).as("the status post(...) returned").isEqualTo(201);
        api.verify(postRequestedFor(urlEqualTo(PREFIX + "/servers"))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("User-Agent", equalTo("InfraAutomation/1.0"))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("a 503 is an answer, not a failure: it comes back as it is")
    void statusComesBack() throws Exception {
        api.stubFor(get(path()).willReturn(status(503).withBody("{\"error\": \"maintenance\"}")));

        HttpResponse<String> response = client(GENEROUS).get(PATH);

        assertThat(response.statusCode()).as("the status get(...) returned").isEqualTo(503);
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("a 408 Request Timeout is the server's answer, not a timeout of this client: it comes back as it is")
    void requestTimeoutStatusComesBack() throws Exception {
        api.stubFor(get(path()).willReturn(status(408).withBody("{\"error\": \"request body not received in time\"}")));

        HttpResponse<String> response = client(GENEROUS).get(PATH);

        assertThat(response.statusCode()).as("the status get(...) returned when the server answers 408 at once").isEqualTo(408);
        assertThat(response.body()).as("the body get(...) returned with the 408")
                .isEqualTo("{\"error\": \"request body not received in time\"}");
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("headers later than the 150 ms request timeout: ApiTimeoutException naming RESPONSE_HEADERS")
    void lateHeaders() {
        api.stubFor(get(path()).willReturn(okJson(SERVER_JSON).withFixedDelay(LATE_MILLIS)));
        long start = System.nanoTime();

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(...) when the headers come after 5 s and the default request timeout is 150 ms")
                .isThrownBy(() -> client(new Timeouts(SHORT, Duration.ofSeconds(5))).get(PATH))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.RESPONSE_HEADERS);
                    assertThat(e.allowed()).as("allowed()").isEqualTo(SHORT);
                    // What an operator reads in a log: which limit, its value, and what happened, in the learner's language.
                    assertThat(e.getMessage()).as("the exception's message")
                            .contains("RESPONSE_HEADERS", SHORT.toMillis() + " ms", Language.detect() == Language.JA
                                    ? "レスポンスヘッダーが届きませんでした" : "no response headers arrived");
                });
        assertThat(millisSince(start)).as("milliseconds until get(...) gave up (the headers need 5000)").isLessThan(GAVE_UP_WITHIN_MILLIS);
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("a port that never answers: ApiTimeoutException naming CONNECT, within the client's connect timeout")
    void connectTimeout() throws Exception {
        try (UnansweredPort port = unansweredPort().orElseThrow()) {
            TimeoutClient client = new TimeoutClient(apiClient(port.uri().toString(), Duration.ofMillis(200)),
                    new Timeouts(NOT_THE_LIMIT, NOT_THE_LIMIT.multipliedBy(2)));
            long start = System.nanoTime();

            Throwable thrown = catchThrowable(() -> client.get(PATH));

            assertThat(millisSince(start))
                    .as("milliseconds until get(...) gave up: the shared client's connect timeout is 200 ms, the request timeout 10 s")
                    .isLessThan(GAVE_UP_WITHIN_MILLIS);
            assertThat(thrown).as("get(...) when the connection is never established")
                    .isInstanceOfSatisfying(ApiTimeoutException.class,
                            e -> assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.CONNECT));
        }
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("the shared client cannot connect in time: ApiTimeoutException naming CONNECT and its connect timeout, on every system")
    void connectTimeoutOfTheSharedClient() {
        // A client of get()'s own would reach this server and get its answer instead of the timeout.
        api.stubFor(get(path()).willReturn(okJson("{}")));
        UnreachableHostClient unreachable = new UnreachableHostClient(Duration.ofMillis(200));
        TimeoutClient client = new TimeoutClient(new ApiClient(URI.create(api.baseUrl() + PREFIX), DEFAULT_HEADERS, unreachable),
                new Timeouts(NOT_THE_LIMIT, NOT_THE_LIMIT.multipliedBy(2)));

        Throwable thrown = catchThrowable(() -> client.get(PATH));

        assertThat(unreachable.exchanges()).as("requests sent through the ApiClient's HttpClient, api.http()").isPositive();
        assertThat(thrown).as("get(...) when the shared client throws HttpConnectTimeoutException")
                .isInstanceOfSatisfying(ApiTimeoutException.class, e -> {
                    assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.CONNECT);
                    assertThat(e.allowed()).as("allowed(): the shared client's connect timeout").isEqualTo(Duration.ofMillis(200));
                });
    }

    @Test
    @Tag("task:06.2")
    @DisplayName("a reset connection is not a timeout: the IOException reaches the caller as it is")
    void resetIsNotATimeout() {
        api.stubFor(get(path()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown = catchThrowable(() -> client(GENEROUS).get(PATH));

        // get(...) declares IOException: a caller's catch (IOException e) must see it, not an unchecked wrapper.
        assertThat(thrown).as("get(...) when the connection is reset: an IOException, thrown as it is")
                .isInstanceOf(IOException.class);
        assertThat(causalChain(thrown)).as("get(...) when the connection is reset: the failure and its causes, none a timeout")
                .noneMatch(ApiTimeoutException.class::isInstance);
    }

    // 06.3 the total timeout: bound the whole body, not only the headers
    @Test
    @Tag("task:06.3")
    @DisplayName("headers at once, body over 6 s, total 300 ms: WHOLE_BODY well before the body ends")
    void slowBodyIsCut() {
        api.stubFor(get(path()).willReturn(dribbled(body(300), 60, 6_000)));
        long start = System.nanoTime();

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(...) when the headers come at once but the body takes 6 s, with a total of 300 ms")
                .isThrownBy(() -> client(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300))).get(PATH))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.WHOLE_BODY);
                    assertThat(e.allowed()).as("allowed()").isEqualTo(Duration.ofMillis(300));
                });
        assertThat(millisSince(start)).as("milliseconds until get(...) gave up (the body needs 6000)").isLessThan(GAVE_UP_WITHIN_MILLIS);
    }

    @Test
    @Tag("task:06.3")
    @DisplayName("a body that finishes within the total comes back whole")
    void bodyInTime() throws Exception {
        String body = body(100);
        api.stubFor(get(path()).willReturn(dribbled(body, 4, 200)));

        HttpResponse<String> response = client(GENEROUS).get(PATH);

        assertThat(response.body()).as("the body get(...) returned, dribbled over 200 ms with a total of 60 s")
                .isEqualTo(body);
    }

    @Test
    @Tag("task:06.3")
    @DisplayName("late headers still hit the response-headers limit first: RESPONSE_HEADERS, not WHOLE_BODY")
    void headersFirst() {
        api.stubFor(get(path()).willReturn(okJson(SERVER_JSON).withFixedDelay(LATE_MILLIS)));

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(...) when the headers come after 5 s, with 150 ms for the headers and 1 s in all")
                .isThrownBy(() -> client(new Timeouts(SHORT, Duration.ofSeconds(1))).get(PATH))
                .satisfies(e -> assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.RESPONSE_HEADERS));
    }

    // 06.4 per-call timeouts: one call's limits instead of the defaults
    @Test
    @Tag("task:06.4")
    @DisplayName("get(path, timeouts) with a shorter limit: RESPONSE_HEADERS after the call's 150 ms, not the default 30 s")
    void shorterOverride() {
        api.stubFor(get(path()).willReturn(okJson(SERVER_JSON).withFixedDelay(LATE_MILLIS)));

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(path, 150 ms) when the headers come after 5 s")
                .isThrownBy(() -> client(GENEROUS).get(PATH, new Timeouts(SHORT, Duration.ofSeconds(5))))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.RESPONSE_HEADERS);
                    assertThat(e.allowed()).as("allowed(): the call's own limit").isEqualTo(SHORT);
                });
    }

    @Test
    @Tag("task:06.4")
    @DisplayName("get(path, timeouts) with a longer limit lets a slow report through the short default")
    void longerOverride() throws Exception {
        api.stubFor(get(path()).willReturn(okJson(SERVER_JSON).withFixedDelay(300)));

        HttpResponse<String> response = client(new Timeouts(SHORT, Duration.ofSeconds(5)))
                .get(PATH, GENEROUS);

        assertThat(response.body()).as("the body get(path, 30 s) returned after 300 ms, the default being 150 ms")
                .isEqualTo(SERVER_JSON);
    }

    @Test
    @Tag("task:06.4")
    @DisplayName("post(path, json, timeouts) uses the call's limits too, and still sends the JSON")
    void postOverride() {
        api.stubFor(post(PREFIX + "/servers").willReturn(status(201).withFixedDelay(LATE_MILLIS)));

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("post(path, json, 150 ms) when the answer comes after 5 s")
                .isThrownBy(() -> client(GENEROUS).post("/servers", CREATE_JSON, new Timeouts(SHORT, Duration.ofSeconds(5))))
                .satisfies(e -> assertThat(e.allowed()).as("allowed(): the call's own limit").isEqualTo(SHORT));
        // A starved machine may give up before the request reaches the server's journal: check what did arrive.
        api.verify(lessThanOrExactly(1), postRequestedFor(urlEqualTo(PREFIX + "/servers")));
        assertThat(api.findAll(postRequestedFor(urlEqualTo(PREFIX + "/servers"))))
                .as("the POSTs the server received: each one with the JSON")
                .allSatisfy(sent -> assertThat(equalToJson(CREATE_JSON).match(sent.getBodyAsString()).isExactMatch())
                        .as("the body %s is the JSON %s", sent.getBodyAsString(), CREATE_JSON).isTrue());
    }

    @Test
    @Tag("task:06.4")
    @DisplayName("an override is for that call only: the next get() uses the defaults again")
    void overrideDoesNotStick() throws Exception {
        inTurn(() -> get(path()), okJson(SERVER_JSON), okJson(SERVER_JSON).withFixedDelay(LATE_MILLIS));
        TimeoutClient client = client(new Timeouts(SHORT, Duration.ofSeconds(5)));

        client.get(PATH, GENEROUS);

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(path) after a call with its own 30 s limit, when the headers come after 5 s")
                .isThrownBy(() -> client.get(PATH))
                .satisfies(e -> assertThat(e.allowed()).as("allowed(): the default again").isEqualTo(SHORT));
    }

    @Test
    @Tag("task:06.4")
    @DisplayName("the call's total bounds the body too: WHOLE_BODY after the call's 300 ms")
    void overrideTotal() {
        api.stubFor(get(path()).willReturn(dribbled(body(300), 60, 6_000)));
        long start = System.nanoTime();

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("get(path, total 300 ms) when the body takes 6 s")
                .isThrownBy(() -> client(GENEROUS).get(PATH, new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(300))))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.WHOLE_BODY);
                    assertThat(e.allowed()).as("allowed(): the call's own total").isEqualTo(Duration.ofMillis(300));
                });
        assertThat(millisSince(start)).as("milliseconds until get(...) gave up (the body needs 6000)").isLessThan(GAVE_UP_WITHIN_MILLIS);
    }

    // 06.6 getWithin: one deadline for every attempt and every wait

    @Test
    @Tag("task:06.6")
    @DisplayName("500, 503, 200 within 10 s: pauses of 1 s and 2 s, and the 200 comes back")
    void retriesWithinTheBudget() throws Exception {
        inTurn(() -> get(path()), status(500), status(503), okJson(SERVER_JSON));

        HttpResponse<String> response = clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(10), List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThat(response.statusCode()).as("the status getWithin(...) returned").isEqualTo(200);
        assertThat(time.waits()).as("the pauses taken").containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        api.verify(3, getRequestedFor(urlEqualTo(path())));
    }

    // The attempts take real time: the pauses that must fit leave them seconds, so a busy machine cannot push them out.
    @Test
    @Tag("task:06.6")
    @DisplayName("a pause the budget cannot cover is not taken: after 2 s + 2 s of an 8 s budget a 5 s pause does not fit, the last 503 comes back")
    void stopsBeforeOverrunning() {
        api.stubFor(get(path()).willReturn(status(503)));
        List<Duration> pauses = List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> answer.set(clientOnTestTime(GENEROUS).getWithin(PATH, Duration.ofSeconds(8), pauses)));

        assertThat(time.waits()).as("the pauses taken within 8 s: the third one does not fit")
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(thrown).as("getWithin(...) when the next pause does not fit: the last answer comes back, no exception").isNull();
        assertThat(answer.get().statusCode()).as("the status getWithin(...) returned").isEqualTo(503);
        // The attempts take real time, and a busy machine fires a timer late: allow it that, not a pause more.
        assertThat(time.elapsed()).as("time spent in all: the 8 s budget, give or take a late timer")
                .isLessThan(Duration.ofMillis(8_000 + LATE_TIMER_MILLIS));
        api.verify(3, getRequestedFor(urlEqualTo(path())));
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a pause that would end exactly at the deadline is not taken either")
    void pauseToTheDeadline() {
        api.stubFor(get(path()).willReturn(status(503)));
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> answer.set(clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(5), List.of(Duration.ofSeconds(5)))));

        assertThat(time.waits()).as("the pauses taken: a 5 s pause in a 5 s budget leaves no time for an attempt").isEmpty();
        assertThat(thrown).as("getWithin(...) when the only pause does not fit: the answer comes back, no exception").isNull();
        assertThat(answer.get().statusCode()).as("the status getWithin(...) returned").isEqualTo(503);
        api.verify(1, getRequestedFor(urlEqualTo(path())));
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("an attempt is cut to the time left: at most 1 s after a 5 s pause of a 6 s budget, then DEADLINE")
    void attemptCutToTheTimeLeft() {
        // The second answer comes after 8 s: in time for the attempt's own 20 s limit, far too late for the 1 s left.
        // That second is also what the first attempt (a 503 on an open connection) may take for the pause to fit.
        inTurn(() -> get(path()), status(503), okJson(SERVER_JSON).withFixedDelay(8_000));
        long start = System.nanoTime();

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("getWithin(6 s) when the second attempt's headers come after 8 s, with at most 1 s left")
                .isThrownBy(() -> clientOnTestTime(new Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(40)))
                        .getWithin(PATH, Duration.ofSeconds(6), List.of(Duration.ofSeconds(5))))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit(): the deadline, not the attempt's own limit").isEqualTo(TimeoutLimit.DEADLINE);
                    assertThat(e.allowed()).as("allowed(): the budget of the whole call").isEqualTo(Duration.ofSeconds(6));
                });
        assertThat(time.waits()).as("the pauses taken").containsExactly(Duration.ofSeconds(5));
        assertThat(millisSince(start)).as("real milliseconds spent: the second attempt had at most 1 s, not its own 20 s")
                .isLessThan(1_000 + LATE_TIMER_MILLIS);
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a body still arriving when the deadline cuts the attempt: DEADLINE, not WHOLE_BODY")
    void bodyCutByTheDeadline() {
        // Headers at once, the body over 8 s. The attempt's own total (40 s) would wait for it; the 3 s budget cuts it,
        // to a limit longer than the 2 s the headers may take by default: still the deadline's, not the attempt's own.
        api.stubFor(get(path()).willReturn(dribbled(body(400), 80, 8_000)));
        long start = System.nanoTime();

        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("getWithin(3 s) when the headers come at once and the body takes 8 s, the attempt's own limits being 2 s and 40 s")
                .isThrownBy(() -> clientOnTestTime(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(40)))
                        .getWithin(PATH, Duration.ofSeconds(3), List.of()))
                .satisfies(e -> {
                    assertThat(e.limit()).as("limit(): the deadline cut the body short, not the attempt's own total")
                            .isEqualTo(TimeoutLimit.DEADLINE);
                    assertThat(e.allowed()).as("allowed(): the budget of the whole call").isEqualTo(Duration.ofSeconds(3));
                });
        assertThat(millisSince(start)).as("real milliseconds spent: the budget was 3000, the body needs 8000")
                .isLessThan(3_000 + LATE_TIMER_MILLIS);
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("when the pauses run out, the last answer comes back as it is: 500, then 502")
    void lastAnswerWhenThePausesRunOut() throws Exception {
        inTurn(() -> get(path()), status(500), status(502).withBody("{\"error\": \"upstream down\"}"));
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> answer.set(clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(10), List.of(Duration.ofSeconds(1)))));

        assertThat(thrown).as("getWithin(...) when the one pause has been taken and the server still answers 5xx:"
                + " the last answer comes back, no exception").isNull();
        assertThat(answer.get().statusCode()).as("the status getWithin(...) returned: the last answer's").isEqualTo(502);
        assertThat(answer.get().body()).as("the body getWithin(...) returned").isEqualTo("{\"error\": \"upstream down\"}");
        assertThat(time.waits()).as("the pauses taken").containsExactly(Duration.ofSeconds(1));
        api.verify(2, getRequestedFor(urlEqualTo(path())));
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a timed-out attempt is retried while the budget lasts: RESPONSE_HEADERS, then 200")
    void timeoutIsRetried() throws Exception {
        inTurn(() -> get(path()), okJson(SERVER_JSON).withFixedDelay(LATE_MILLIS), okJson(SERVER_JSON));

        // 1 s for the headers: the first answer (5 s) cannot make it, the second (at once, on a new connection) makes it even on a busy machine.
        HttpResponse<String> response = clientOnTestTime(new Timeouts(Duration.ofSeconds(1), NOT_THE_LIMIT.multipliedBy(2)))
                .getWithin(PATH, Duration.ofSeconds(60), List.of(Duration.ofSeconds(1)));

        assertThat(response.statusCode()).as("the status getWithin(...) returned after a timed-out attempt").isEqualTo(200);
        assertThat(time.waits()).as("the pauses taken").containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a 404 comes back at once: only server errors and failures are retried")
    void clientErrorIsReturned() throws Exception {
        api.stubFor(get(path()).willReturn(status(404)));

        HttpResponse<String> response = clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(10), List.of(Duration.ofSeconds(1)));

        assertThat(response.statusCode()).as("the status getWithin(...) returned").isEqualTo(404);
        assertThat(time.waits()).as("the pauses taken").isEmpty();
        api.verify(1, getRequestedFor(urlEqualTo(path())));
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a reset connection is retried within the budget")
    void resetIsRetried() throws Exception {
        inTurn(() -> get(path()), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(SERVER_JSON));

        HttpResponse<String> response = clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(10), List.of(Duration.ofSeconds(1)));

        assertThat(response.body()).as("the body getWithin(...) returned after a reset connection").isEqualTo(SERVER_JSON);
        assertThat(requestsSent()).as("requests sent").isEqualTo(2);
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("when the pauses run out, the last failure reaches the caller as it is")
    void lastFailureThrown() {
        api.stubFor(get(path()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown = catchThrowable(() -> clientOnTestTime(GENEROUS)
                .getWithin(PATH, Duration.ofSeconds(10), List.of(Duration.ofSeconds(1))));

        // getWithin(...) declares IOException: the last failure as it is, not wrapped in an exception of its own.
        assertThat(thrown).as("getWithin(...) when every connection is reset: the last IOException, thrown as it is")
                .isInstanceOf(IOException.class);
        assertThat(causalChain(thrown)).as("getWithin(...) when every connection is reset: the failure and its causes, none a timeout")
                .noneMatch(ApiTimeoutException.class::isInstance);
        assertThat(requestsSent()).as("requests sent: the first and one retry").isEqualTo(2);
    }

    @Test
    @Tag("task:06.6")
    @DisplayName("a budget already spent sends nothing: DEADLINE at once")
    void spentBudget() {
        assertThatExceptionOfType(ApiTimeoutException.class)
                .as("getWithin(path, 0 s, ...)")
                .isThrownBy(() -> clientOnTestTime(GENEROUS).getWithin(PATH, Duration.ZERO, List.of(Duration.ofSeconds(1))))
                .satisfies(e -> assertThat(e.limit()).as("limit()").isEqualTo(TimeoutLimit.DEADLINE));
        assertThat(requestsSent()).as("requests sent").isZero();
    }
}
