package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 03, task 03.3: raiseForStatus. Each test gets a real answer from the test server and hands
 * it to raiseForStatus: an answer below 400 comes back as it is, a 4xx or 5xx becomes the exception
 * for its status, with a message that says what failed.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.3")
@DisplayName("03.3 HttpErrors.raiseForStatus")
class HttpErrorsTest {

    private static final String PATH = "/servers/web01/disks";
    // 200 characters of an error, then a tail that must not reach the message.
    private static final String HEAD_200 = "{\"error\": \"validation_failed\", \"message\": \"" + "x".repeat(155) + "\"}";
    private static final String TAIL = "TAIL-THAT-IS-CUT-OFF-0123456789";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final HttpClient http = HttpClient.newHttpClient();

    /** What the server answers to a POST of PATH, as an HttpResponse: the input of raiseForStatus. */
    private HttpResponse<String> answer(ResponseDefinitionBuilder answer) throws Exception {
        api.stubFor(any(urlEqualTo(PATH)).willReturn(answer));
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.url(PATH)))
                .POST(BodyPublishers.ofString("{\"sizeGb\": 100}")).build();
        return http.send(request, BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} is not an error: the response comes back unchanged")
    @ValueSource(ints = {200, 201, 204, 302, 304})
    void belowFourHundredPassesThrough(int code) throws Exception {
        HttpResponse<String> response = answer(status(code).withHeader("Location", "/elsewhere"));

        assertThat(HttpErrors.raiseForStatus(response)).as("raiseForStatus(a %d response)", code).isSameAs(response);
    }

    @ParameterizedTest(name = "{0} throws its own exception type")
    @ValueSource(ints = {401, 403, 404, 409, 429})
    void specificClientErrors(int code) throws Exception {
        HttpResponse<String> response = answer(status(code));
        Class<? extends HttpStatusException> expected = switch (code) {
            case 401 -> UnauthorizedException.class;
            case 403 -> ForbiddenException.class;
            case 404 -> NotFoundException.class;
            case 409 -> ConflictException.class;
            default -> RateLimitedException.class;
        };

        assertThatExceptionOfType(HttpStatusException.class)
                .as("raiseForStatus(a %d response)", code)
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e).as("the exception for %d", code).isExactlyInstanceOf(expected))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(code));
    }

    @ParameterizedTest(name = "{0} is a ClientErrorException")
    @ValueSource(ints = {400, 405, 418, 422})
    void otherClientErrors(int code) throws Exception {
        HttpResponse<String> response = answer(status(code));

        assertThatExceptionOfType(ClientErrorException.class)
                .as("raiseForStatus(a %d response)", code)
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e).as("the exception for %d", code).isExactlyInstanceOf(ClientErrorException.class))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(code));
    }

    @ParameterizedTest(name = "{0} is a ServerErrorException")
    @ValueSource(ints = {500, 502, 503, 599})
    void serverErrors(int code) throws Exception {
        HttpResponse<String> response = answer(status(code));

        assertThatExceptionOfType(ServerErrorException.class)
                .as("raiseForStatus(a %d response)", code)
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(code));
    }

    @Test
    @DisplayName("429 carries the wait of its Retry-After header")
    void rateLimitedCarriesRetryAfter() throws Exception {
        HttpResponse<String> response = answer(status(429).withHeader("Retry-After", "120"));

        assertThatExceptionOfType(RateLimitedException.class)
                .as("raiseForStatus(a 429 with Retry-After: 120)")
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e.retryAfter()).as("retryAfter()").contains(Duration.ofSeconds(120)));
    }

    @Test
    @DisplayName("429 with Retry-After as an HTTP date carries the wait until that date")
    void rateLimitedWithRetryAfterDate() throws Exception {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        HttpResponse<String> response = answer(status(429).withHeader("Retry-After", inTwoMinutes));

        assertThatExceptionOfType(RateLimitedException.class)
                .as("raiseForStatus(a 429 with Retry-After: %s, two minutes from now)", inTwoMinutes)
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e.retryAfter()).as("retryAfter()")
                        .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120))));
    }

    @Test
    @DisplayName("429 without Retry-After has no wait")
    void rateLimitedWithoutRetryAfter() throws Exception {
        HttpResponse<String> response = answer(status(429));

        assertThatExceptionOfType(RateLimitedException.class)
                .as("raiseForStatus(a 429 without Retry-After)")
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .satisfies(e -> assertThat(e.retryAfter()).as("retryAfter()").isEmpty());
    }

    @Test
    @DisplayName("the message names the method, the URL and the status, and keeps a short body whole")
    void messageSaysWhatFailed() throws Exception {
        HttpResponse<String> response = answer(status(503).withBody("{\"error\": \"database down\"}"));

        assertThatExceptionOfType(ServerErrorException.class)
                .as("raiseForStatus(a 503)")
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .withMessageContaining("POST")
                .withMessageContaining(api.url(PATH))
                .withMessageContaining("503")
                .withMessageContaining("{\"error\": \"database down\"}");
    }

    @Test
    @DisplayName("the message keeps the first 200 characters of a long body, and not the rest")
    void messageCutsTheBodyAt200Characters() throws Exception {
        assertThat(HEAD_200).hasSize(200);
        HttpResponse<String> response = answer(status(422).withBody(HEAD_200 + TAIL));

        assertThatExceptionOfType(ClientErrorException.class)
                .as("raiseForStatus(a 422 with a 231-character body)")
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .withMessageContaining(HEAD_200)
                .withMessageNotContaining(TAIL.substring(0, 4));
    }

    @Test
    @DisplayName("the first 200 characters of a Japanese body are characters, not bytes")
    void messageCountsCharactersNotBytes() throws Exception {
        String body = "ディスク容量が不足しています。".repeat(20); // 300 characters, 900 bytes in UTF-8
        HttpResponse<String> response = answer(status(507).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(body));

        assertThatExceptionOfType(ServerErrorException.class)
                .as("raiseForStatus(a 507 with a 300-character Japanese body)")
                .isThrownBy(() -> HttpErrors.raiseForStatus(response))
                .withMessageContaining(body.substring(0, 200))
                .withMessageNotContaining(body.substring(0, 201));
    }
}
