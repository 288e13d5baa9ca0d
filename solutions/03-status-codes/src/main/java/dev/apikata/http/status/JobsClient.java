package dev.apikata.http.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Starts long-running jobs ({@code POST /jobs} answers {@code 202 Accepted}) and polls them until
 * they finish. It waits only through the {@link Sleeper} and reads the time only from the
 * {@link Clock} it is given, so tests control both. Chapter 03, section {@code #accepted-polling}.
 */
public final class JobsClient {

    private static final String JSON = "application/json";

    private final URI baseUrl;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration defaultInterval;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param baseUrl         the API's root, for example {@code http://127.0.0.1:8080}
     * @param sleeper         waits between polls ({@link Sleeper#SYSTEM} in production)
     * @param clock           tells the time for the deadline and for a Retry-After date
     * @param defaultInterval the wait between polls when an answer has no Retry-After
     */
    public JobsClient(URI baseUrl, Sleeper sleeper, Clock clock, Duration defaultInterval) {
        this.baseUrl = baseUrl;
        this.sleeper = sleeper;
        this.clock = clock;
        this.defaultInterval = defaultInterval;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Starts a job with POST {@code /jobs} (the {@code request} as a JSON body), then polls the
     * status URL of the 202's Location with GET until the job has {@linkplain JobStatus#finished()
     * finished}. Before each poll it waits what the last answer's Retry-After asked for, or the
     * default interval. It never waits past {@code timeout}, counted from the start.
     *
     * @throws JobTimeoutException if the job has not finished when {@code timeout} is up
     * @throws HttpStatusException if the start or a poll answers 4xx or 5xx
     * @throws IOException         if the start answers anything but 202 with a Location, or an exchange fails
     */
    public JobStatus run(Map<String, Object> request, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        HttpResponse<String> accepted = HttpErrors.raiseForStatus(http.send(HttpRequest.newBuilder(baseUrl.resolve("/jobs"))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofString(json.writeValueAsString(request)))
                .build(), BodyHandlers.ofString()));
        if (accepted.statusCode() != 202) {
            throw new IOException("expected 202 Accepted from POST " + accepted.uri() + ", got " + accepted.statusCode());
        }
        URI statusUrl = accepted.uri().resolve(accepted.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("202 Accepted without a Location to poll")));
        HttpResponse<String> last = accepted;
        while (true) {
            Duration wait = RetryAfter.parse(last.headers(), clock).orElse(defaultInterval);
            if (clock.instant().plus(wait).isAfter(deadline)) {
                throw new JobTimeoutException(statusUrl, timeout);
            }
            sleeper.sleep(wait);
            last = HttpErrors.raiseForStatus(http.send(HttpRequest.newBuilder(statusUrl).header("Accept", JSON).GET().build(),
                    BodyHandlers.ofString()));
            JobStatus status = json.readValue(last.body(), JobStatus.class);
            if (status.finished()) {
                return status;
            }
        }
    }
}
