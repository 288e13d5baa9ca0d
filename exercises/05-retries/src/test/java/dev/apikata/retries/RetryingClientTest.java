package dev.apikata.retries;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 05, tasks 05.4 to 05.8: the retry loop, one nested class per task. The server answers in
 * turn (a WireMock scenario: the first answer, then the second, and the last one from then on);
 * the waits are recorded by the test's sleeper, never spent; "now" is a fixed clock.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("RetryingClient")
class RetryingClientTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PATH = "/servers/web01";
    private static final String SERVER_JSON = """
            {"name": "web01", "status": "running"}""";
    private static final String RESIZE_JSON = """
            {"name": "web01", "size": "large"}""";
    private static final String CREATE_JSON = """
            {"name": "web02", "image": "debian-12"}""";
    // A simple backoff of the test's own, so the waits of the loop are easy to predict: 100 ms, 200 ms, 300 ms...
    private static final Backoff HUNDRED_MS_PER_RETRY = retry -> Duration.ofMillis(100L * retry);
    private static final RetryPolicy POLICY = RetryPolicy.defaults().withBackoff(HUNDRED_MS_PER_RETRY)
            .withMaxAttempts(4).withRaiseOnStatus(false);

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final HttpClient http = HttpClient.newHttpClient();
    private RecordingSleeper sleeper;
    private AtomicInteger keysMade;

    @BeforeEach
    void freshState() {
        sleeper = new RecordingSleeper();
        keysMade = new AtomicInteger();
    }

    private RetryingClient client(RetryPolicy policy) {
        return new RetryingClient(http, policy, sleeper, CLOCK, () -> "key-" + keysMade.incrementAndGet());
    }

    private static URI uri(String path) {
        return URI.create(api.url(path));
    }

    private static HttpRequest getRequest() {
        return HttpRequest.newBuilder(uri(PATH)).header("Accept", "application/json").GET().build();
    }

    private static HttpRequest getRequest(Duration timeout) {
        return HttpRequest.newBuilder(uri(PATH)).timeout(timeout).GET().build();
    }

    private static HttpRequest jsonRequest(String method, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(PATH)).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json));
        return headers.length == 0 ? builder.build() : builder.headers(headers).build();
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

    private static ResponseDefinitionBuilder fault(Fault fault) {
        return aResponse().withFault(fault);
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }

    private static int requestsSent() {
        return api.findAll(anyRequestedFor(anyUrl())).size();
    }

    /** An I/O failure must reach the caller: thrown as it is, or as the cause of another exception. */
    private static void assertIoFailure(Throwable thrown, String description) {
        assertThat(thrown).as(description + ": the call should fail with the IOException, not return").isNotNull();
        assertThat(thrown).as(description + ": an IOException, or an exception caused by one")
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
    }

    @Nested
    @Tag("task:05.4")
    @DisplayName("05.4 send: retry the statuses of the list, with backoff")
    class RetryLoop {

        @Test
        @DisplayName("503, 502, then 200: the GET is sent three times, waiting 100 ms and 200 ms, and the 200 comes back")
        void retriesUntilSuccess() throws Exception {
            inTurn(() -> get(PATH), status(503), status(502), okJson(SERVER_JSON));

            HttpResponse<String> response = client(POLICY).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned").isEqualTo(200);
            assertThat(response.body()).as("the body send(...) returned").isEqualTo(SERVER_JSON);
            assertThat(sleeper.waits()).as("the waits between the attempts (backoff 100 ms × retry number)")
                    .containsExactlyElementsOf(millis(100, 200));
            api.verify(3, getRequestedFor(urlEqualTo(PATH)).withHeader("Accept", equalTo("application/json")));
        }

        @Test
        @DisplayName("a 200 at once is returned without any wait")
        void successAtOnce() throws Exception {
            api.stubFor(get(PATH).willReturn(okJson(SERVER_JSON)));

            HttpResponse<String> response = client(POLICY).send(getRequest());

            assertThat(response.body()).as("the body send(...) returned").isEqualTo(SERVER_JSON);
            assertThat(sleeper.waits()).as("the waits when the first attempt succeeds").isEmpty();
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }

        @ParameterizedTest(name = "{0} is not worth a retry: it comes back at once")
        @ValueSource(ints = {400, 404, 501})
        void otherStatusesAreReturned(int code) throws Exception {
            api.stubFor(get(PATH).willReturn(status(code).withBody("{\"error\": \"not for retrying\"}")));

            HttpResponse<String> response = client(POLICY).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned for a %d", code).isEqualTo(code);
            assertThat(sleeper.waits()).as("the waits after a %d", code).isEmpty();
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a POST answered 503 is not sent again: its 503 comes back")
        void postIsNotRetried() throws Exception {
            api.stubFor(post(PATH).willReturn(status(503)));

            HttpResponse<String> response = client(POLICY).send(jsonRequest("POST", CREATE_JSON));

            assertThat(response.statusCode()).as("the status send(POST) returned").isEqualTo(503);
            assertThat(sleeper.waits()).as("the waits after a POST answered 503").isEmpty();
            api.verify(1, postRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a PUT answered 503 is sent again, with the same body")
        void putIsRetriedWithItsBody() throws Exception {
            inTurn(() -> put(PATH), status(503), okJson(RESIZE_JSON));

            HttpResponse<String> response = client(POLICY).send(jsonRequest("PUT", RESIZE_JSON));

            assertThat(response.statusCode()).as("the status send(PUT) returned").isEqualTo(200);
            api.verify(2, putRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(RESIZE_JSON)));
        }

        @Test
        @DisplayName("the policy's own method rule counts: under a GET-only policy a PUT answered 503 comes back at once")
        void ownMethodRule() throws Exception {
            inTurn(() -> put(PATH), status(503), okJson(RESIZE_JSON));

            HttpResponse<String> response = client(POLICY.withAllowedMethods(Set.of("GET")::contains))
                    .send(jsonRequest("PUT", RESIZE_JSON));

            assertThat(response.statusCode()).as("the status send(PUT) returned under a policy that retries GET only")
                    .isEqualTo(503);
            assertThat(sleeper.waits()).as("the waits after a PUT that the policy may not retry").isEmpty();
            api.verify(1, putRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("after the last attempt its answer comes back when the policy does not raise; no wait after it")
        void lastAnswerReturned() throws Exception {
            inTurn(() -> get(PATH), status(503).withBody("first"), status(503).withBody("second"),
                    status(502).withBody("third"));

            HttpResponse<String> response = client(POLICY.withMaxAttempts(3)).send(getRequest());

            assertThat(response.statusCode()).as("the status of the answer send(...) returned").isEqualTo(502);
            assertThat(response.body()).as("the body of the answer send(...) returned: the last one").isEqualTo("third");
            assertThat(sleeper.waits()).as("the waits with 3 attempts: two, none after the last")
                    .containsExactlyElementsOf(millis(100, 200));
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("maxAttempts 1 means no retry at all")
        void oneAttempt() throws Exception {
            api.stubFor(get(PATH).willReturn(status(503)));

            HttpResponse<String> response = client(POLICY.withMaxAttempts(1)).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned").isEqualTo(503);
            assertThat(sleeper.waits()).as("the waits with a single attempt").isEmpty();
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("the policy's own list counts: with 408 on it, a 408 is retried")
        void ownStatusList() throws Exception {
            inTurn(() -> get(PATH), status(408), okJson(SERVER_JSON));

            HttpResponse<String> response = client(POLICY.withRetryStatuses(Set.of(408))).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned").isEqualTo(200);
            api.verify(2, getRequestedFor(urlEqualTo(PATH)));
        }
    }

    @Nested
    @Tag("task:05.5")
    @DisplayName("05.5 send: give up with what an operator needs to know")
    class GivingUp {

        private final RetryPolicy raising = POLICY.withMaxAttempts(3).withRaiseOnStatus(true);

        @Test
        @DisplayName("500, 502, 504: RetriesExhaustedException with 3 attempts, last status 504, 300 ms waited")
        void exhausted() {
            inTurn(() -> get(PATH), status(500), status(502), status(504));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when all 3 attempts fail and the policy raises on status")
                    .isThrownBy(() -> client(raising).send(getRequest()))
                    .satisfies(e -> {
                        assertThat(e.attempts()).as("attempts()").isEqualTo(3);
                        assertThat(e.lastStatus()).as("lastStatus(): the status of the last attempt").hasValue(504);
                        assertThat(e.totalWaited()).as("totalWaited(): 100 ms + 200 ms").isEqualTo(Duration.ofMillis(300));
                    });
            assertThat(sleeper.waits()).as("the waits: none after the last attempt").containsExactlyElementsOf(millis(100, 200));
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a policy that does not raise: the last answer, 504, comes back instead of an exception")
        void notRaisingReturnsTheLastAnswer() throws Exception {
            inTurn(() -> get(PATH), status(500), status(502), status(504).withBody("upstream timed out"));

            HttpResponse<String> response = client(raising.withRaiseOnStatus(false)).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned when raiseOnStatus is false").isEqualTo(504);
            assertThat(response.body()).as("the body send(...) returned: the last answer's").isEqualTo("upstream timed out");
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a status the policy does not retry is returned even when the policy raises")
        void notRetryableIsReturned() throws Exception {
            api.stubFor(get(PATH).willReturn(status(404)));

            HttpResponse<String> response = client(raising).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned").isEqualTo(404);
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a POST answered 503 is returned, not thrown: there was nothing to give up on")
        void postIsReturned() throws Exception {
            api.stubFor(post(PATH).willReturn(status(503)));

            HttpResponse<String> response = client(raising).send(jsonRequest("POST", CREATE_JSON));

            assertThat(response.statusCode()).as("the status send(POST) returned").isEqualTo(503);
            api.verify(1, postRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("with 4 attempts the count and the waits follow: 4 attempts, 600 ms waited")
        void countsFollowThePolicy() {
            api.stubFor(get(PATH).willReturn(status(503)));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when all 4 attempts answer 503")
                    .isThrownBy(() -> client(raising.withMaxAttempts(4)).send(getRequest()))
                    .satisfies(e -> {
                        assertThat(e.attempts()).as("attempts()").isEqualTo(4);
                        assertThat(e.totalWaited()).as("totalWaited(): 100 + 200 + 300 ms").isEqualTo(Duration.ofMillis(600));
                    });
            api.verify(4, getRequestedFor(urlEqualTo(PATH)));
        }
    }

    @Nested
    @Tag("task:05.6")
    @DisplayName("05.6 send: Retry-After before backoff, within a maximum")
    class HonouringRetryAfter {

        @Test
        @DisplayName("429 with Retry-After: 7 waits 7 s, not the backoff")
        void deltaSeconds() throws Exception {
            inTurn(() -> get(PATH), status(429).withHeader("Retry-After", "7"), okJson(SERVER_JSON));

            HttpResponse<String> response = client(POLICY).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned").isEqualTo(200);
            assertThat(sleeper.waits()).as("the waits after 429 with Retry-After: 7").containsExactly(Duration.ofSeconds(7));
            api.verify(2, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("503 with an HTTP-date waits until that date by the client's clock")
        void httpDate() throws Exception {
            inTurn(() -> get(PATH), status(503).withHeader("Retry-After", "Sat, 01 Mar 2025 12:00:30 GMT"),
                    okJson(SERVER_JSON));

            client(POLICY).send(getRequest());

            assertThat(sleeper.waits()).as("the waits after Retry-After: 30 s after the clock's now")
                    .containsExactly(Duration.ofSeconds(30));
        }

        @Test
        @DisplayName("a Retry-After longer than maxRetryAfter waits maxRetryAfter")
        void capped() throws Exception {
            inTurn(() -> get(PATH), status(503).withHeader("Retry-After", "3600"), okJson(SERVER_JSON));

            client(POLICY.withMaxRetryAfter(Duration.ofSeconds(45))).send(getRequest());

            assertThat(sleeper.waits()).as("the waits after Retry-After: 3600 with maxRetryAfter 45 s")
                    .containsExactly(Duration.ofSeconds(45));
        }

        @Test
        @DisplayName("an unreadable Retry-After falls back to the backoff")
        void unreadable() throws Exception {
            inTurn(() -> get(PATH), status(503).withHeader("Retry-After", "soon"), okJson(SERVER_JSON));

            client(POLICY).send(getRequest());

            assertThat(sleeper.waits()).as("the waits after Retry-After: soon").containsExactlyElementsOf(millis(100));
        }

        @Test
        @DisplayName("each wait reads its own answer: Retry-After 2, then none, then 5")
        void eachAnswerCounts() throws Exception {
            inTurn(() -> get(PATH), status(503).withHeader("Retry-After", "2"), status(503),
                    status(429).withHeader("Retry-After", "5"), okJson(SERVER_JSON));

            client(POLICY).send(getRequest());

            assertThat(sleeper.waits()).as("the waits: Retry-After 2 s, backoff 200 ms, Retry-After 5 s")
                    .containsExactly(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
        }

        @Test
        @DisplayName("Retry-After: 0 means retry at once")
        void zero() throws Exception {
            inTurn(() -> get(PATH), status(503).withHeader("Retry-After", "0"), okJson(SERVER_JSON));

            client(POLICY).send(getRequest());

            assertThat(sleeper.waits()).as("the waits after Retry-After: 0").isEmpty();
            api.verify(2, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("Retry-After adds no attempt: 503 with Retry-After: 2 every time, 3 attempts, no wait after the last")
        void noWaitAfterTheLastAttempt() throws Exception {
            api.stubFor(get(PATH).willReturn(status(503).withHeader("Retry-After", "2")));

            HttpResponse<String> response = client(POLICY.withMaxAttempts(3)).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned after 3 attempts").isEqualTo(503);
            assertThat(sleeper.waits()).as("the waits with 3 attempts, each answer asking for 2 s: two, none after the last")
                    .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("Retry-After makes no status retryable: under a policy of 503 only, a 429 with Retry-After comes back at once")
        void notAReasonToRetry() throws Exception {
            inTurn(() -> get(PATH), status(429).withHeader("Retry-After", "5"), okJson(SERVER_JSON));

            HttpResponse<String> response = client(POLICY.withRetryStatuses(Set.of(503))).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned for a 429 that the policy does not retry")
                    .isEqualTo(429);
            assertThat(sleeper.waits()).as("the waits after a 429 that the policy does not retry").isEmpty();
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("the total waited counts the Retry-After waits too")
        void totalCountsRetryAfter() {
            inTurn(() -> get(PATH), status(429).withHeader("Retry-After", "4"), status(503), status(503));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when 3 attempts fail, the first answered with Retry-After: 4")
                    .isThrownBy(() -> client(POLICY.withMaxAttempts(3).withRaiseOnStatus(true)).send(getRequest()))
                    .satisfies(e -> assertThat(e.totalWaited()).as("totalWaited(): 4 s + 200 ms")
                            .isEqualTo(Duration.ofMillis(4200)));
        }
    }

    @Nested
    @Tag("task:05.7")
    @DisplayName("05.7 send: connection faults and timeouts, for idempotent requests only")
    class FaultsAndTimeouts {

        private final RetryPolicy policy = POLICY.withMaxAttempts(3).withRaiseOnStatus(true);

        @Test
        @DisplayName("a reset connection on a GET is retried: the second attempt's 200 comes back")
        void resetIsRetried() throws Exception {
            inTurn(() -> get(PATH), fault(Fault.CONNECTION_RESET_BY_PEER), okJson(SERVER_JSON));

            HttpResponse<String> response = client(policy).send(getRequest());

            assertThat(response.body()).as("the body send(...) returned after a reset connection").isEqualTo(SERVER_JSON);
            assertThat(sleeper.waits()).as("the waits: the backoff before the retry").containsExactlyElementsOf(millis(100));
            api.verify(2, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("an empty response on a GET is retried")
        void emptyResponseIsRetried() throws Exception {
            inTurn(() -> get(PATH), fault(Fault.EMPTY_RESPONSE), okJson(SERVER_JSON));

            HttpResponse<String> response = client(policy).send(getRequest());

            assertThat(response.statusCode()).as("the status send(...) returned after an empty response").isEqualTo(200);
            api.verify(2, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a reset connection on a DELETE is retried too: DELETE is idempotent")
        void deleteIsRetried() throws Exception {
            inTurn(() -> delete(PATH), fault(Fault.CONNECTION_RESET_BY_PEER), status(204));

            HttpRequest request = HttpRequest.newBuilder(uri(PATH)).DELETE().build();
            HttpResponse<String> response = client(policy).send(request);

            assertThat(response.statusCode()).as("the status send(DELETE) returned").isEqualTo(204);
            assertThat(requestsSent()).as("requests sent").isEqualTo(2);
        }

        @Test
        @DisplayName("a reset connection on a POST is not retried: the IOException reaches the caller")
        void postFaultPropagates() {
            api.stubFor(post(PATH).willReturn(fault(Fault.CONNECTION_RESET_BY_PEER)));

            Throwable thrown = catchThrowable(() -> client(policy).send(jsonRequest("POST", CREATE_JSON)));

            assertIoFailure(thrown, "send(POST) when the connection is reset");
            assertThat(sleeper.waits()).as("the waits after a POST failed").isEmpty();
            api.verify(1, postRequestedFor(urlEqualTo(PATH)));
            assertThat(thrown).as("send(POST) when the connection is reset: the IOException as it is, since nothing was retried")
                    .isNotInstanceOf(RetriesExhaustedException.class);
        }

        @Test
        @DisplayName("a GET whose connection is reset every time gives up: 3 attempts, the IOException as cause, no status")
        void givesUpWithTheCause() {
            api.stubFor(get(PATH).willReturn(fault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when every attempt's connection is reset")
                    .isThrownBy(() -> client(policy).send(getRequest()))
                    .satisfies(e -> {
                        assertThat(e.attempts()).as("attempts()").isEqualTo(3);
                        assertThat(e.lastStatus()).as("lastStatus(): no attempt got an answer").isEmpty();
                        assertThat(e.getCause()).as("getCause(): the last I/O failure").isInstanceOf(IOException.class);
                        assertThat(e.totalWaited()).as("totalWaited()").isEqualTo(Duration.ofMillis(300));
                    });
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a policy that does not raise on status still gives up with RetriesExhaustedException: a reset has no answer to return")
        void givesUpWhateverRaiseOnStatus() {
            api.stubFor(get(PATH).willReturn(fault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when every connection is reset, under a policy with raiseOnStatus false")
                    .isThrownBy(() -> client(policy.withRaiseOnStatus(false)).send(getRequest()))
                    .satisfies(e -> {
                        assertThat(e.attempts()).as("attempts()").isEqualTo(3);
                        assertThat(e.getCause()).as("getCause(): the last I/O failure").isInstanceOf(IOException.class);
                    });
            api.verify(3, getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a GET that times out is retried, then gives up with the HttpTimeoutException as cause")
        void timeoutIsRetried() {
            api.stubFor(get(PATH).willReturn(okJson(SERVER_JSON).withFixedDelay(3_000)));

            assertThatExceptionOfType(RetriesExhaustedException.class)
                    .as("send(...) when every attempt waits longer than the request's 250 ms timeout")
                    .isThrownBy(() -> client(policy).send(getRequest(Duration.ofMillis(250))))
                    .satisfies(e -> {
                        assertThat(e.attempts()).as("attempts()").isEqualTo(3);
                        assertThat(e.getCause()).as("getCause()").isInstanceOf(HttpTimeoutException.class);
                    });
            assertThat(sleeper.waits()).as("the waits between the timed-out attempts").containsExactlyElementsOf(millis(100, 200));
            // A request the client gave up on may not have reached the server's journal yet: count no more than sent.
            api.verify(lessThanOrExactly(3), getRequestedFor(urlEqualTo(PATH)));
        }

        @Test
        @DisplayName("a POST that times out is not retried: the HttpTimeoutException reaches the caller")
        void postTimeoutPropagates() {
            api.stubFor(post(PATH).willReturn(status(201).withFixedDelay(3_000)));
            HttpRequest request = HttpRequest.newBuilder(uri(PATH)).timeout(Duration.ofMillis(250))
                    .POST(BodyPublishers.ofString(CREATE_JSON)).build();

            Throwable thrown = catchThrowable(() -> client(policy).send(request));

            assertThat(thrown).as("send(POST) when it times out: an HttpTimeoutException, or an exception caused by one")
                    .satisfiesAnyOf(
                            failure -> assertThat(failure).isInstanceOf(HttpTimeoutException.class),
                            failure -> assertThat(failure).hasRootCauseInstanceOf(HttpTimeoutException.class));
            assertThat(sleeper.waits()).as("the waits after a POST timed out: none, it is not retried").isEmpty();
            api.verify(lessThanOrExactly(1), postRequestedFor(urlEqualTo(PATH)));
            assertThat(thrown).as("send(POST) when it times out: the HttpTimeoutException as it is, since nothing was retried")
                    .isNotInstanceOf(RetriesExhaustedException.class);
        }

        @Test
        @DisplayName("an interrupted wait stops the retries: InterruptedException, and no further attempt")
        void interruptionStops() {
            inTurn(() -> get(PATH), status(503), okJson(SERVER_JSON));
            sleeper.interruptingEveryWait();

            assertThatExceptionOfType(InterruptedException.class)
                    .as("send(...) when the wait before the retry is interrupted")
                    .isThrownBy(() -> client(policy).send(getRequest()));
            api.verify(1, getRequestedFor(urlEqualTo(PATH)));
        }
    }

    @Nested
    @Tag("task:05.8")
    @DisplayName("05.8 post: an Idempotency-Key makes a POST safe to retry")
    class IdempotencyKey {

        private static final String KEY = "Idempotency-Key";

        @Test
        @DisplayName("post() sends the JSON with Content-Type and an Idempotency-Key from the key source; the 201 comes back")
        void sendsKeyedJson() throws Exception {
            api.stubFor(post(PATH).willReturn(status(201).withHeader("Content-Type", "application/json")
                    .withBody("{\"name\": \"web02\", \"id\": 42}")));

            HttpResponse<String> response = client(POLICY).post(uri(PATH), CREATE_JSON);

            assertThat(response.statusCode()).as("the status post(...) returned").isEqualTo(201);
            assertThat(response.body()).as("the body post(...) returned").contains("\"id\": 42");
            api.verify(1, postRequestedFor(urlEqualTo(PATH))
                    .withHeader("Content-Type", containing("application/json"))
                    .withHeader(KEY, equalTo("key-1"))
                    .withRequestBody(equalToJson(CREATE_JSON)));
        }

        @Test
        @DisplayName("503, 503, 201: the POST is sent three times with the same key")
        void sameKeyOnEveryAttempt() throws Exception {
            inTurn(() -> post(PATH), status(503), status(503), status(201));

            HttpResponse<String> response = client(POLICY).post(uri(PATH), CREATE_JSON);

            assertThat(response.statusCode()).as("the status post(...) returned").isEqualTo(201);
            assertThat(sleeper.waits()).as("the waits between the attempts").containsExactlyElementsOf(millis(100, 200));
            api.verify(3, postRequestedFor(urlEqualTo(PATH)).withHeader(KEY, equalTo("key-1"))
                    .withRequestBody(equalToJson(CREATE_JSON)));
            assertThat(requestsSent()).as("requests sent").isEqualTo(3);
        }

        @Test
        @DisplayName("a reset connection is retried too, with the same key")
        void sameKeyAfterReset() throws Exception {
            inTurn(() -> post(PATH), fault(Fault.CONNECTION_RESET_BY_PEER), status(201));

            HttpResponse<String> response = client(POLICY).post(uri(PATH), CREATE_JSON);

            assertThat(response.statusCode()).as("the status post(...) returned").isEqualTo(201);
            api.verify(2, postRequestedFor(urlEqualTo(PATH)).withHeader(KEY, equalTo("key-1")));
        }

        @Test
        @DisplayName("each call is a new operation with a new key, even with the same body")
        void newKeyPerCall() throws Exception {
            api.stubFor(post(PATH).willReturn(status(201)));
            RetryingClient client = client(POLICY);

            client.post(uri(PATH), CREATE_JSON);
            client.post(uri(PATH), CREATE_JSON);

            List<String> keys = api.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
                    .map(request -> request.getHeader(KEY)).toList();
            assertThat(keys).as("the Idempotency-Key of the two POSTs, in order").containsExactly("key-1", "key-2");
        }

        @Test
        @DisplayName("send() retries a POST that the caller gave an Idempotency-Key of its own")
        void callersKeyIsRetried() throws Exception {
            inTurn(() -> post(PATH), status(503), status(201));

            HttpResponse<String> response = client(POLICY).send(jsonRequest("POST", CREATE_JSON, KEY, "reboot-web01-2025-03-01"));

            assertThat(response.statusCode()).as("the status send(POST with Idempotency-Key) returned").isEqualTo(201);
            api.verify(2, postRequestedFor(urlEqualTo(PATH)).withHeader(KEY, equalTo("reboot-web01-2025-03-01")));
            assertThat(keysMade).as("keys made by the client's key source: the caller brought its own").hasValue(0);
        }
    }
}
