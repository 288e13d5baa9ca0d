package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 03, task 03.6: 202 Accepted and polling. Time is a {@link FakeTime}: the client's waits
 * take no time, the clock moves by exactly what was waited, and each test checks every wait.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.6")
@DisplayName("03.6 JobsClient.run: 202 Accepted, then poll")
@Timeout(10) // real sleeping instead of the Sleeper would otherwise hang here
class JobsClientTest {

    private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Map<String, Object> REQUEST = Map.of("check", "disks", "servers", List.of("web01", "db01"));
    private static final String REQUEST_JSON = "{\"check\": \"disks\", \"servers\": [\"web01\", \"db01\"]}";
    private static final String RUNNING = "{\"id\": \"7\", \"status\": \"running\", \"progress\": 40}";
    private static final String DONE = "{\"id\": \"7\", \"status\": \"done\", \"progress\": 100, \"result\": {\"problems\": 1}}";
    private static final String SCENARIO = "job 7";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private FakeTime time;
    private JobsClient client;

    @BeforeEach
    void newClient() {
        time = new FakeTime(START);
        client = new JobsClient(URI.create(api.baseUrl()), time, time, DEFAULT_INTERVAL);
    }

    private static ResponseDefinitionBuilder accepted(String location, String retryAfter) {
        ResponseDefinitionBuilder answer = status(202).withHeader("Content-Type", "application/json")
                .withHeader("Location", location)
                .withBody("{\"id\": \"7\", \"status\": \"queued\"}");
        return retryAfter == null ? answer : answer.withHeader("Retry-After", retryAfter);
    }

    /** GET /jobs/7 answers each of {@code answers} once, in order; the last one stays. */
    private static void polls(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "poll " + i;
            var stub = get(urlEqualTo("/jobs/7")).inScenario(SCENARIO).whenScenarioStateIs(state).willReturn(answers[i]);
            api.stubFor(i + 1 < answers.length ? stub.willSetStateTo("poll " + (i + 1)) : stub);
        }
    }

    @Test
    @DisplayName("waits the 202's Retry-After, then each poll's, else the default interval, until done")
    void pollsUntilDone() throws Exception {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "3")));
        polls(okJson(RUNNING).withHeader("Retry-After", "2"), okJson(RUNNING), okJson(DONE));

        JobStatus status = client.run(REQUEST, Duration.ofMinutes(1));

        assertThat(status).as("the job's status once done").isEqualTo(new JobStatus("7", "done", 100, Map.of("problems", 1)));
        assertThat(time.waits()).as("the waits before each poll: the 202's Retry-After, the first poll's, then the default")
                .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(2), DEFAULT_INTERVAL);
        api.verify(postRequestedFor(urlEqualTo("/jobs"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(REQUEST_JSON)));
        api.verify(3, getRequestedFor(urlEqualTo("/jobs/7")));
    }

    @Test
    @DisplayName("a relative Location (jobs/7) is resolved against the POST's URI")
    void relativeLocation() throws Exception {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("jobs/7", null)));
        polls(okJson(DONE));

        assertThat(client.run(REQUEST, Duration.ofMinutes(1)).status()).as("the job's status").isEqualTo("done");
        assertThat(time.waits()).as("the wait before the only poll (no Retry-After: the default)").containsExactly(DEFAULT_INTERVAL);
        api.verify(1, getRequestedFor(urlEqualTo("/jobs/7")));
    }

    @Test
    @DisplayName("the status URL is the 202's Location, not one built from the job's id")
    void locationElsewhere() throws Exception {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/job-status/7", null)));
        api.stubFor(get(urlEqualTo("/job-status/7")).willReturn(okJson(DONE)));

        assertThat(client.run(REQUEST, Duration.ofMinutes(1)).status()).as("the job's status, polled at /job-status/7").isEqualTo("done");
        api.verify(1, getRequestedFor(urlEqualTo("/job-status/7")));
        api.verify(0, getRequestedFor(urlEqualTo("/jobs/7")));
    }

    @Test
    @DisplayName("a Retry-After date is measured with the injected clock")
    void retryAfterDate() throws Exception {
        String inFourSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(START.plusSeconds(1 + 4).atOffset(ZoneOffset.UTC));
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "1")));
        polls(okJson(RUNNING).withHeader("Retry-After", inFourSeconds), okJson(DONE));

        client.run(REQUEST, Duration.ofMinutes(1));

        assertThat(time.waits()).as("the waits: 1 s, then until " + inFourSeconds + " (4 s after the first poll)")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
    }

    @Test
    @DisplayName("a job that fails is finished too: its status comes back and polling stops")
    void failedJobStops() throws Exception {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "1")));
        polls(okJson(RUNNING).withHeader("Retry-After", "1"),
                okJson("{\"id\": \"7\", \"status\": \"failed\", \"progress\": 50, \"result\": {\"error\": \"db01 unreachable\"}}"));

        JobStatus status = client.run(REQUEST, Duration.ofMinutes(1));

        assertThat(status.status()).as("the status of a job that failed").isEqualTo("failed");
        api.verify(2, getRequestedFor(urlEqualTo("/jobs/7")));
    }

    @Test
    @DisplayName("still running at the deadline: JobTimeoutException, without waiting past it")
    void deadline() {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "4")));
        polls(okJson(RUNNING).withHeader("Retry-After", "4"));
        Duration timeout = Duration.ofSeconds(10);

        assertThatExceptionOfType(JobTimeoutException.class)
                .as("run(..., 10 s) when the job keeps running with Retry-After: 4")
                .isThrownBy(() -> client.run(REQUEST, timeout))
                .satisfies(e -> assertThat(e.statusUrl()).as("statusUrl()").isEqualTo(URI.create(api.url("/jobs/7"))));
        assertThat(time.totalWait()).as("the time waited in all (" + time.waits() + ")").isLessThanOrEqualTo(timeout);
        assertThat(api.findAll(getRequestedFor(urlEqualTo("/jobs/7")))).as("the polls before giving up").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("a wait that ends exactly at the deadline is still taken: the job that is done then comes back")
    void waitUpToTheDeadline() throws Exception {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "4")));
        polls(okJson(RUNNING).withHeader("Retry-After", "4"), okJson(DONE));

        JobStatus status = client.run(REQUEST, Duration.ofSeconds(8));

        assertThat(status.status()).as("run(..., 8 s) when the job is done after waits of 4 s and 4 s").isEqualTo("done");
        assertThat(time.waits()).as("the waits").containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    @DisplayName("a poll answering 404 is an HttpStatusException, not \"not there yet\"")
    void notFoundPollIsAnException() {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "1")));
        polls(status(404).withBody("{\"error\": \"no job 7\"}"));

        assertThatExceptionOfType(HttpStatusException.class)
                .as("run(...) when the poll answers 404")
                .isThrownBy(() -> client.run(REQUEST, Duration.ofMinutes(1)))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(404));
    }

    @Test
    @DisplayName("a poll answering 500 is an HttpStatusException, not an endless wait")
    void failedPollIsAnException() {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(accepted("/jobs/7", "1")));
        polls(status(500).withBody("{\"error\": \"job store unavailable\"}"));

        assertThatExceptionOfType(HttpStatusException.class)
                .as("run(...) when the poll answers 500")
                .isThrownBy(() -> client.run(REQUEST, Duration.ofMinutes(1)))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(500));
    }

    @Test
    @DisplayName("a start answering 503 is an HttpStatusException, and nothing is polled")
    void failedStartIsAnException() {
        api.stubFor(post(urlEqualTo("/jobs")).willReturn(status(503).withHeader("Retry-After", "30")));

        assertThatExceptionOfType(HttpStatusException.class)
                .as("run(...) when POST /jobs answers 503")
                .isThrownBy(() -> client.run(REQUEST, Duration.ofMinutes(1)))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(503));
        api.verify(0, getRequestedFor(urlEqualTo("/jobs/7")));
    }
}
