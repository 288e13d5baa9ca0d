package dev.apikata.async.virtualthreads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.apikata.async.virtualthreads.Failures.causedBy;
import static dev.apikata.async.virtualthreads.Results.assertAbandoned;
import static dev.apikata.async.virtualthreads.Results.assertFailure;
import static dev.apikata.async.virtualthreads.Results.assertStatusFailure;
import static dev.apikata.async.virtualthreads.Results.assertSuccess;
import static dev.apikata.async.virtualthreads.Results.assertTimeoutFailure;
import static dev.apikata.async.virtualthreads.Results.millisSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 07v: module 07's problems on virtual threads with the blocking {@code send}, one nested
 * class per task; the tests are module 07's, and each concurrency test also checks that every
 * request was sent with {@code send} from a virtual thread. The server is
 * a WireMock stub per host of a small {@link Fleet}, {@code GET /hosts/web01} answering that host's
 * status, most of them after a fixed delay. Concurrency is measured on the server side (how many requests
 * it was holding at one moment, {@link ServerTimeline}); whether a request the code gave up on was
 * really stopped is read from the client the code was given ({@link RecordingHttpClient}). Wall
 * times are asserted only with wide margins, against what a wrong implementation cannot go below.
 */
@ExtendWith(LearnerFeedback.class)
// Silent servers hold answers for seconds, and a wrong implementation waits for them: longer than the default.
@Timeout(30)
@DisplayName("VirtualThreadFetcher")
class VirtualThreadFetcherTest {

    private static final String JSON = "application/json";

    /**
     * How long the server holds each answer where the tests measure concurrency. The server counts
     * requests it holds at one moment ({@link ServerTimeline}), so this has to be longer than the
     * spread of the arrivals of requests sent together: on a 2-core machine with a load average
     * near 50 that spread reached 490 ms, which failed correct code with 500 ms.
     */
    private static final int DELAY_MS = 1000;
    /**
     * A server that answers much later than any timeout or deadline of these tests (1000 ms each,
     * and the wall-time bounds 1500 ms beyond them). Code that waits for it cannot be faster than
     * this, whatever the load; correct code never waits for it, yet the server holds its thread that
     * long, and the server's stop after the last test waits for it: no longer than needed.
     */
    private static final int SILENT_MS = 3000;

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final Fleet fleet = new Fleet(api);

    private RecordingHttpClient http;
    private VirtualThreadFetcher fetcher;

    /**
     * The first exchange in a JVM loads the HTTP client's classes, Jackson's, the server's (its delayed
     * answers and its journal too) and the recording client's, which on a busy machine takes longer
     * than the delays the timed tests measure: pay for it here, once, within a time of its own (the
     * default per-test timeout is for the learner's code).
     */
    @BeforeAll
    @Timeout(30)
    static void warmUp() throws Exception {
        api.stubFor(get(urlEqualTo("/warm-up")).willReturn(okJson(Fleet.hostJson("web00")).withFixedDelay(10)));
        HttpResponse<String> response = new RecordingHttpClient()
                .sendAsync(HttpRequest.newBuilder(URI.create(api.url("/warm-up"))).build(), BodyHandlers.ofString())
                .get(30, TimeUnit.SECONDS);
        new ObjectMapper().readTree(response.body());
        ServerTimeline.of(api).maxInFlight();
    }

    /** Every request went out through the blocking {@code send}, each from a virtual thread. */
    private void assertSentOnVirtualThreads(String description) {
        assertThat(http.exchanges()).as("%s: the requests sent", description).isNotEmpty();
        for (RecordingHttpClient.Exchange exchange : http.exchanges()) {
            assertThat(exchange.blocking()).as("%s: the request to %s was sent with sendAsync; here each request is a"
                    + " plain blocking send() on a virtual thread of its own", description, Fleet.name(exchange.uri()))
                    .isTrue();
            assertThat(exchange.virtualThread()).as("%s: the request to %s was sent from a platform thread; start one"
                    + " virtual thread per request (Executors.newVirtualThreadPerTaskExecutor())", description,
                    Fleet.name(exchange.uri())).isTrue();
        }
    }

    @BeforeEach
    void newFetcher() {
        http = new RecordingHttpClient();
        fetcher = new VirtualThreadFetcher(http);
    }

    @Nested
    @Tag("task:07v.1")
    @DisplayName("07v.1 fetchAll: one virtual thread per request, the answers in input order")
    class FetchAll {

        @Test
        @DisplayName("the bodies come in the order of the URIs, not in the order the answers arrived")
        void inInputOrder() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 400), fleet.answering("web02", 0), fleet.answering("web03", 200));

            List<JsonNode> answers = fetcher.fetchAll(uris);

            assertThat(answers).as("fetchAll([web01 (answers after 400 ms), web02 (at once), web03 (after 200 ms)])")
                    .containsExactlyElementsOf(Fleet.bodies(uris));
        }

        @Test
        @DisplayName("all five requests are in flight at once: five answers of 1000 ms take about 1 s, not 5")
        void allInFlightAtOnce() throws Exception {
            List<URI> uris = fleet.hosts(5, DELAY_MS);

            long start = System.nanoTime();
            List<JsonNode> answers = fetcher.fetchAll(uris);
            long took = millisSince(start);

            assertThat(answers).as("fetchAll(web01 ... web05)").containsExactlyInAnyOrderElementsOf(Fleet.bodies(uris));
            ServerTimeline server = ServerTimeline.of(api);
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment, each for %d ms"
                    + " (does fetchAll wait for one answer before it sends the next request?): %s", DELAY_MS, server)
                    .isEqualTo(5);
            assertThat(took).as("how long fetchAll took, in ms, for 5 answers of %d ms each: one by one it takes"
                    + " at least %d ms", DELAY_MS, 5 * DELAY_MS).isLessThan(4L * DELAY_MS);
            assertSentOnVirtualThreads("fetchAll(web01 ... web05)");
        }

        @Test
        @DisplayName("no URIs: an empty list, and no request")
        void noUris() throws Exception {
            assertThat(fetcher.fetchAll(List.of())).as("fetchAll([])").isEmpty();
            assertThat(http.requested()).as("requests sent for an empty list").isEmpty();
        }

        @Test
        @DisplayName("a URI that fails fails the call, with that failure as the cause")
        void failureFailsTheCall() {
            List<URI> uris = List.of(fleet.answering("web01", 0), fleet.failing("web02", 503, 0), fleet.answering("web03", 0));

            Throwable failure = catchThrowable(() -> fetcher.fetchAll(uris));

            assertThat(failure).as("fetchAll(...) when /hosts/web02 answers 503: it should fail, not return").isNotNull();
            assertThat(causedBy(failure, UnexpectedStatusException.class, "the failure of fetchAll").statusCode())
                    .as("statusCode() of the UnexpectedStatusException").isEqualTo(503);
        }
    }


    @Nested
    @Tag("task:07v.2")
    @DisplayName("07v.2 fetchEach: one failure never costs the other answers")
    class FetchEach {

        @Test
        @DisplayName("a 404 and a 503 become failures in their places; the other answers are kept")
        void statusesBecomeFailures() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 0), fleet.failing("web02", 404, 0), fleet.answering("web03", 0),
                    fleet.failing("web04", 503, 0));

            List<FetchResult> results = fetcher.fetchEach(uris);

            String call = "fetchEach([web01, web02 (404), web03, web04 (503)])";
            assertThat(results).as(call + ": one result per URI").hasSize(4);
            assertSuccess(results, 0, uris.get(0), call);
            assertStatusFailure(results, 1, uris.get(1), 404, call);
            assertSuccess(results, 2, uris.get(2), call);
            assertStatusFailure(results, 3, uris.get(3), 503, call);
        }

        @Test
        @DisplayName("a reset connection and a body that is not JSON become failures with an IOException")
        void ioFailuresBecomeFailures() throws Exception {
            List<URI> uris = List.of(fleet.stub("web01", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                    fleet.answering("web02", 0), fleet.stub("web03", ok("<html>502 Bad Gateway</html>").withHeader("Content-Type", JSON)));

            List<FetchResult> results = fetcher.fetchEach(uris);

            String call = "fetchEach([web01 (connection reset), web02, web03 (not JSON)])";
            assertThat(results).as(call + ": one result per URI").hasSize(3);
            causedBy(assertFailure(results, 0, uris.get(0), call), IOException.class, call + ": the error of result 0");
            assertSuccess(results, 1, uris.get(1), call);
            causedBy(assertFailure(results, 2, uris.get(2), call), IOException.class, call + ": the error of result 2");
        }

        @Test
        @DisplayName("the requests are still all in flight at once")
        void stillConcurrent() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", DELAY_MS), fleet.failing("web02", 500, DELAY_MS),
                    fleet.answering("web03", DELAY_MS), fleet.answering("web04", DELAY_MS));

            List<FetchResult> results = fetcher.fetchEach(uris);

            assertThat(results).as("fetchEach(web01 ... web04): one result per URI").hasSize(4);
            ServerTimeline server = ServerTimeline.of(api);
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment, each for %d ms: %s",
                    DELAY_MS, server).isEqualTo(4);
            assertSentOnVirtualThreads("fetchEach(web01 ... web04)");
        }
    }


    @Nested
    @Tag("task:07v.3")
    @DisplayName("07v.3 fetchBounded: at most K requests in flight")
    class FetchBounded {

        @Test
        @DisplayName("never more than 3 requests in flight, and 3 as long as enough are waiting")
        void atMostKAndK() throws Exception {
            List<URI> uris = fleet.hosts(6, DELAY_MS);

            List<FetchResult> results = fetcher.fetchBounded(uris, 3);

            String call = "fetchBounded(web01 ... web06, 3)";
            assertThat(results).as(call + ": one result per URI").hasSize(6);
            for (int i = 0; i < uris.size(); i++) {
                assertSuccess(results, i, uris.get(i), call);
            }
            ServerTimeline server = ServerTimeline.of(api);
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment, each for %d ms,"
                    + " with maxInFlight 3: %s", DELAY_MS, server).isEqualTo(3);
            assertSentOnVirtualThreads(call);
        }

        @Test
        @DisplayName("maxInFlight 1 is allowed: one request at a time, in input order")
        void oneAtATime() throws Exception {
            List<URI> uris = fleet.hosts(3, 200);

            List<FetchResult> results = fetcher.fetchBounded(uris, 1);

            String call = "fetchBounded(web01 ... web03, 1)";
            assertThat(results).as(call + ": one result per URI").hasSize(3);
            for (int i = 0; i < uris.size(); i++) {
                assertSuccess(results, i, uris.get(i), call);
            }
            ServerTimeline server = ServerTimeline.of(api);
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment, each for 200 ms,"
                    + " with maxInFlight 1: %s", server).isEqualTo(1);
        }

        @Test
        @DisplayName("the next request starts as soon as a slot frees, not when a whole batch is done")
        void slidingWindow() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 2000), fleet.answering("web02", 100), fleet.answering("web03", 100),
                    fleet.answering("web04", 100), fleet.answering("web05", 100));

            List<FetchResult> results = fetcher.fetchBounded(uris, 2);

            assertThat(results).as("fetchBounded([web01 (2000 ms), web02 ... web05 (100 ms each)], 2): one result per URI")
                    .hasSize(5);
            ServerTimeline server = ServerTimeline.of(api);
            long slowEnds = server.visit("/hosts/web01").end();
            for (String host : List.of("web03", "web04", "web05")) {
                assertThat(server.visit("/hosts/" + host).arrived())
                        .as("when the request for %s arrived, while web01 held one of the 2 slots for 2000 ms: the"
                                + " other slot should serve web02 to web05 one after the other (%s)", host, server)
                        .isLessThan(slowEnds - 100);
            }
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment: %s", server)
                    .isEqualTo(2);
        }

        @Test
        @DisplayName("a failed request frees its slot too, and its failure keeps its place")
        void failureFreesItsSlot() {
            List<URI> uris = List.of(fleet.failing("web01", 500, 0), fleet.failing("web02", 503, 0), fleet.answering("web03", 0),
                    fleet.answering("web04", 0), fleet.answering("web05", 0));

            List<FetchResult> results = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> fetcher.fetchBounded(uris, 2),
                    "fetchBounded([web01 (500), web02 (503), web03, web04, web05], 2) did not return: do failed requests"
                            + " give their slot back?");

            String call = "fetchBounded([web01 (500), web02 (503), web03, web04, web05], 2)";
            assertThat(results).as(call + ": one result per URI").hasSize(5);
            assertStatusFailure(results, 0, uris.get(0), 500, call);
            assertStatusFailure(results, 1, uris.get(1), 503, call);
            for (int i = 2; i < uris.size(); i++) {
                assertSuccess(results, i, uris.get(i), call);
            }
        }

        @ParameterizedTest(name = "maxInFlight {0} is an IllegalArgumentException, and nothing is sent")
        @ValueSource(ints = {0, -1})
        void rejectsABoundBelowOne(int maxInFlight) {
            List<URI> uris = List.of(fleet.answering("web01", 0));

            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("fetchBounded([web01], %d)", maxInFlight)
                    .isThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(3),
                            () -> fetcher.fetchBounded(uris, maxInFlight),
                            "fetchBounded([web01], " + maxInFlight + ") waited forever for a slot"));
            assertThat(http.requested()).as("requests sent by fetchBounded(..., %d)", maxInFlight).isEmpty();
        }
    }


    @Nested
    @Tag("task:07v.4")
    @DisplayName("07v.4 fetchAllOrFail: the first failure stops the rest")
    class FetchAllOrFail {

        @Test
        @DisplayName("when every request succeeds: the bodies in input order, all fetched at once")
        void allSucceed() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", DELAY_MS + 200), fleet.answering("web02", DELAY_MS),
                    fleet.answering("web03", DELAY_MS + 100));

            List<JsonNode> answers = fetcher.fetchAllOrFail(uris);

            assertThat(answers).as("fetchAllOrFail([web01 (1200 ms), web02 (1000 ms), web03 (1100 ms)])")
                    .containsExactlyElementsOf(Fleet.bodies(uris));
            ServerTimeline server = ServerTimeline.of(api);
            assertThat(server.maxInFlight()).as("the most requests the server was holding at one moment: %s", server)
                    .isEqualTo(3);
            assertSentOnVirtualThreads("fetchAllOrFail([web01, web02, web03])");
        }

        @Test
        @DisplayName("the first failure ends the call at once, with that failure as the cause")
        void firstFailureEndsTheCall() {
            List<URI> uris = List.of(fleet.answering("web01", SILENT_MS), fleet.failing("web02", 500, 200), fleet.answering("web03", SILENT_MS));

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> fetcher.fetchAllOrFail(uris));
            long took = millisSince(start);

            String call = "fetchAllOrFail([web01 (3 s), web02 (500 after 200 ms), web03 (3 s)])";
            assertThat(failure).as(call + ": it should fail, not return").isNotNull();
            assertThat(causedBy(failure, UnexpectedStatusException.class, "the failure of " + call).statusCode())
                    .as("statusCode() of the UnexpectedStatusException").isEqualTo(500);
            assertThat(took).as("how long %s took to fail, in ms (does it wait for the slow ones?)", call)
                    .isLessThan(SILENT_MS - 1000L);
        }

        @Test
        @DisplayName("an answer that arrives before the failure changes nothing: the call still ends at the failure")
        void earlierAnswerDoesNotHideTheFailure() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", SILENT_MS), fleet.failing("web02", 500, 300), fleet.answering("web03", 0));

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> fetcher.fetchAllOrFail(uris));
            long took = millisSince(start);

            String call = "fetchAllOrFail([web01 (3 s), web02 (500 after 300 ms), web03 (at once)])";
            assertThat(failure).as(call + ": it should fail, not return").isNotNull();
            assertThat(causedBy(failure, UnexpectedStatusException.class, "the failure of " + call).statusCode())
                    .as("statusCode() of the UnexpectedStatusException").isEqualTo(500);
            assertThat(took).as("how long %s took to fail, in ms (does web03's early answer make it wait for web01?)", call)
                    .isLessThan(SILENT_MS - 1000L);
            assertAbandoned(http, uris.get(0), call);
        }

        @Test
        @DisplayName("the requests still running when one fails are cancelled, not left running")
        void othersAreCancelled() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", SILENT_MS), fleet.failing("web02", 500, 200), fleet.answering("web03", SILENT_MS));

            Throwable failure = catchThrowable(() -> fetcher.fetchAllOrFail(uris));

            String call = "fetchAllOrFail([web01 (3 s), web02 (500 after 200 ms), web03 (3 s)])";
            assertThat(failure).as(call + ": it should fail, not return").isNotNull();
            assertAbandoned(http, uris.get(0), call);
            assertAbandoned(http, uris.get(2), call);
        }
    }


    @Nested
    @Tag("task:07v.5")
    @DisplayName("07v.5 fetchWithin: one deadline for the whole batch")
    class FetchWithin {

        private static final Duration DEADLINE = Duration.ofMillis(1000);

        @Test
        @DisplayName("answers within the deadline are kept, late ones become timeout failures, and the call ends at the deadline")
        void lateAnswersTimeOut() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 0), fleet.answering("web02", SILENT_MS), fleet.answering("web03", 100));

            long start = System.nanoTime();
            List<FetchResult> results = fetcher.fetchWithin(uris, DEADLINE);
            long took = millisSince(start);

            String call = "fetchWithin([web01, web02 (silent for 3 s), web03 (after 100 ms)], 1000 ms)";
            assertThat(results).as(call + ": one result per URI").hasSize(3);
            assertSuccess(results, 0, uris.get(0), call);
            assertTimeoutFailure(results, 1, uris.get(1), call);
            assertSuccess(results, 2, uris.get(2), call);
            assertThat(took).as("how long %s took, in ms", call).isLessThan(DEADLINE.toMillis() + 1500);
        }

        @Test
        @DisplayName("a body still arriving at the deadline is late too")
        void tricklingBodyIsLate() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 0), fleet.trickling("web02", SILENT_MS));

            long start = System.nanoTime();
            List<FetchResult> results = fetcher.fetchWithin(uris, DEADLINE);
            long took = millisSince(start);

            String call = "fetchWithin([web01, web02 (headers at once, the body over 3 s)], 1000 ms)";
            assertThat(results).as(call + ": one result per URI").hasSize(2);
            assertSuccess(results, 0, uris.get(0), call);
            assertTimeoutFailure(results, 1, uris.get(1), call);
            assertThat(took).as("how long %s took, in ms (a request timeout stops waiting once the headers are in; the"
                    + " deadline covers the body too)", call).isLessThan(DEADLINE.toMillis() + 1500);
        }

        @Test
        @DisplayName("the late requests are cancelled, not left running, all at the same deadline")
        void lateRequestsAreCancelled() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 0), fleet.answering("web02", SILENT_MS),
                    fleet.trickling("web03", SILENT_MS), fleet.answering("web04", SILENT_MS));

            long start = System.nanoTime();
            fetcher.fetchWithin(uris, DEADLINE);
            long took = millisSince(start);

            String call = "fetchWithin([web01, web02 (silent for 3 s), web03 (body over 3 s), web04 (silent)], 1000 ms)";
            assertThat(took).as("how long %s took, in ms: one deadline for all, not one after another", call)
                    .isLessThan(DEADLINE.toMillis() + 1500);
            for (int late = 1; late < uris.size(); late++) {
                assertAbandoned(http, uris.get(late), call);
            }
        }

        @Test
        @DisplayName("when every answer is in early, the call returns at once instead of waiting for the deadline")
        void returnsEarly() throws Exception {
            List<URI> uris = List.of(fleet.answering("web01", 100), fleet.answering("web02", 200));

            long start = System.nanoTime();
            List<FetchResult> results = fetcher.fetchWithin(uris, Duration.ofMillis(6000));
            long took = millisSince(start);

            String call = "fetchWithin([web01 (after 100 ms), web02 (after 200 ms)], 6000 ms)";
            assertThat(results).as(call + ": one result per URI").hasSize(2);
            assertSuccess(results, 0, uris.get(0), call);
            assertSuccess(results, 1, uris.get(1), call);
            assertThat(took).as("how long %s took, in ms: the deadline is a limit, not a wait", call).isLessThan(3000L);
        }
    }
}
