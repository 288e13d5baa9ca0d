package dev.apikata.mock.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.MockApiOptions;
import dev.apikata.mock.MutableClock;
import dev.apikata.mock.route.KitRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeachingRoutesTest extends ApiTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2023-01-01T00:00:00Z"));

    @Override
    protected MockApiOptions options() {
        return MockApiOptions.defaults().withClock(clock);
    }

    private static String uniqueClient() {
        return UUID.randomUUID().toString();
    }

    @ParameterizedTest(name = "/status/{0}")
    @EnumSource(StatusCode.class)
    @DisplayName("/status/{code} answers every code of the chapter's list")
    void everyStatusCode(StatusCode code) {
        HttpResponse<String> response = http.get("/status/" + code.code());

        int expected = code.code() < 200 ? 200 : code.code();
        assertThat(response.statusCode()).isEqualTo(expected);
        if (code.code() < 200) {
            assertThat(response.body()).contains("cannot be a final response", "Expect: 100-continue");
        } else if (code.code() != 204 && code.code() != 304 && code.code() != 206) {
            assertThat(Http.json(response).get("reason").asText()).isEqualTo(code.reason());
        }
    }

    @Test
    @DisplayName("each status carries the headers it implies")
    void impliedHeaders() {
        assertThat(http.get("/status/201").headers().firstValue("Location")).hasValue(api.baseUrl() + "/posts/1");
        assertThat(http.get("/status/301").headers().firstValue("Location")).hasValue(api.baseUrl() + "/anything");
        assertThat(http.get("/status/302?location=/posts/2").headers().firstValue("Location")).hasValue(api.baseUrl() + "/posts/2");
        assertThat(http.get("/status/307?location=http://elsewhere.test/").headers().firstValue("Location")).hasValue(api.baseUrl() + "/anything");
        assertThat(http.get("/status/401").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(http.get("/status/405").headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(http.get("/status/429?retry_after=7").headers().firstValue("Retry-After")).hasValue("7");
        assertThat(http.get("/status/503").headers().firstValue("Retry-After")).hasValue("1");
        assertThat(http.get("/status/206").headers().firstValue("Content-Range")).hasValue("bytes 0-9/100");
        assertThat(http.get("/status/204").body()).isEmpty();
        assertThat(http.get("/status/42").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("/upload receives a body sent with Expect: 100-continue")
    void uploadWithExpectContinue() {
        HttpResponse<String> response = http.send(http.request("/upload")
                .expectContinue(true)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("backup-bytes"))
                .build());

        JsonNode body = Http.json(response);
        assertThat(body.get("receivedBytes").asInt()).isEqualTo(12);
        assertThat(body.get("expect").asText()).isEqualToIgnoringCase("100-continue");
    }

    @Test
    @DisplayName("/delay/{ms} answers after the delay, so a shorter client timeout fires")
    void delay() {
        long started = System.nanoTime();
        assertThat(http.get("/delay/200").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));

        assertThatThrownBy(() -> Http.client().send(http.request("/delay/2000").timeout(Duration.ofMillis(100)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(http.get("/delay/600000").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("/slow asks WireMock to dribble the body in 'chunks' pieces over 'duration' ms")
    void slowBodyIsDribbled() {
        KitRequest request = new KitRequest(ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1/slow?duration=800&chunks=4&bytes=40")
                .withMethod(RequestMethod.GET)
                .build(), Map.of());

        ResponseDefinition slow = new TeachingRoutes(clock).slow(request);

        assertThat(slow.getChunkedDribbleDelay().getNumberOfChunks()).isEqualTo(4);
        assertThat(slow.getChunkedDribbleDelay().getTotalDuration()).isEqualTo(800);
        assertThat(slow.getByteBody()).hasSize(40);
    }

    @Test
    @DisplayName("/slow delivers the whole body, and no sooner than the duration")
    void slowBodyTakesTheDuration() throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = Http.client().send(http.request("/slow?duration=400&chunks=4&bytes=40").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readAllBytes();
        }

        assertThat(body).hasSize(40);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"connection-reset", "empty-response", "malformed-chunk", "random-data"})
    @DisplayName("/fault/{kind} breaks the connection")
    void faults(String kind) {
        assertThatThrownBy(() -> Http.client().send(http.request("/fault/" + kind).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("/flaky fails N times per client, then succeeds, then starts over")
    void flaky() {
        String client = uniqueClient();
        HttpRequest request = http.request("/flaky?fail=2").header("X-Client-Id", client).build();

        HttpResponse<String> first = http.send(request);
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(http.send(request).statusCode()).isEqualTo(503);
        assertThat(http.send(request).statusCode()).isEqualTo(200);
        assertThat(http.send(request).statusCode()).as("a new cycle").isEqualTo(503);
        assertThat(http.get("/flaky?fail=1&client=" + uniqueClient()).statusCode()).as("another client has its own count").isEqualTo(503);
        assertThat(http.get("/flaky?fail=0&client=" + client).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("/rate-limited allows 5 requests, then 429 with Retry-After and X-RateLimit headers; time refills it")
    void rateLimited() {
        HttpRequest request = http.request("/rate-limited").header("X-Client-Id", uniqueClient()).build();
        for (int i = 4; i >= 0; i--) {
            HttpResponse<String> ok = http.send(request);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).hasValue(String.valueOf(i));
        }

        HttpResponse<String> limited = http.send(request);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).hasValue(String.valueOf(clock.instant().getEpochSecond() + 10));
        clock.advance(Duration.ofSeconds(2));
        assertThat(http.send(request).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("/anything echoes method, query, headers and JSON body")
    void anythingEchoes() {
        HttpResponse<String> response = http.send(http.request("/anything/servers?env=prod&tag=a&tag=b")
                .header("Content-Type", "application/json")
                .header("X-Trace", "t-1")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"cpu\": 4}"))
                .build());

        JsonNode echo = Http.json(response);
        assertThat(echo.get("method").asText()).isEqualTo("PATCH");
        assertThat(echo.get("path").asText()).isEqualTo("/anything/servers");
        assertThat(echo.at("/args/env").asText()).isEqualTo("prod");
        assertThat(echo.at("/args/tag")).hasSize(2);
        assertThat(echo.at("/headers/X-Trace").asText()).isEqualTo("t-1");
        assertThat(echo.at("/json/cpu").asInt()).isEqualTo(4);
    }

    @Test
    @DisplayName("/anything shows form fields of a form body")
    void anythingForm() {
        JsonNode echo = Http.json(http.send(http.request("/anything")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=read+write"))
                .build()));

        assertThat(echo.at("/form/scope").asText()).isEqualTo("read write");
    }

    @Test
    @DisplayName("/etag answers 304 to a matching If-None-Match, 200 otherwise")
    void etag() {
        HttpResponse<String> first = http.get("/etag");
        String tag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(http.request("/etag").header("If-None-Match", tag).build());
        HttpResponse<String> stale = http.send(http.request("/etag").header("If-None-Match", "\"old\"").build());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("/range/{size} answers 206 with Content-Range, and 416 for a range beyond the end")
    void ranges() {
        HttpResponse<String> partial = http.send(http.request("/range/100").header("Range", "bytes=26-30").build());
        HttpResponse<String> suffix = http.send(http.request("/range/100").header("Range", "bytes=-4").build());
        HttpResponse<String> beyond = http.send(http.request("/range/100").header("Range", "bytes=200-").build());

        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.body()).isEqualTo("abcde");
        assertThat(partial.headers().firstValue("Content-Range")).hasValue("bytes 26-30/100");
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes 96-99/100");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */100");
        assertThat(http.get("/range/100").body()).hasSize(100);
    }

    @Test
    @DisplayName("POST /jobs is 202 with a Location; polling it says running, then done")
    void jobPolling() {
        HttpResponse<String> accepted = http.send(http.request("/jobs?polls=2").POST(HttpRequest.BodyPublishers.noBody()).build());
        String location = accepted.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> first = http.get(location);
        HttpResponse<String> second = http.get(location);
        HttpResponse<String> third = http.get(location);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Http.json(first).get("status").asText()).isEqualTo("running");
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(Http.json(second).get("status").asText()).isEqualTo("running");
        assertThat(Http.json(third).get("status").asText()).isEqualTo("done");
        assertThat(http.get("/jobs/999").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("per-client state is forgotten once it reaches the client cap")
    void perClientStateIsBounded() {
        java.util.Map<String, Integer> perClient = new java.util.HashMap<>();
        for (int i = 0; i < TeachingRoutes.MAX_CLIENTS; i++) {
            perClient.put("client-" + i, i);
        }

        TeachingRoutes.forgetIfFull(perClient);

        assertThat(perClient).isEmpty();
    }

    @Test
    @DisplayName("a code beyond the chapter's list has its registered reason: 418 is I'm a teapot, 451 Unavailable For Legal Reasons")
    void otherReasons() {
        HttpResponse<String> teapot = http.get("/status/418");

        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(Http.json(teapot).get("reason").asText()).isEqualTo("I'm a teapot");
        assertThat(Http.json(http.get("/status/451")).get("reason").asText()).isEqualTo("Unavailable For Legal Reasons");
        assertThat(Http.json(http.get("/status/299")).get("reason").asText()).isEqualTo("Status 299");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/flaky?fail=1&retry_after=-5", "/status/429?retry_after=-5", "/status/503?retry_after=abc"})
    @DisplayName("a negative or non-numeric retry_after is a 400, never a Retry-After: -5")
    void negativeRetryAfter(String path) {
        String client = uniqueClient();
        HttpResponse<String> response = http.send(http.request(path).header("X-Client-Id", client).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
        if (path.startsWith("/flaky")) {
            assertThat(http.send(http.request("/flaky?fail=1").header("X-Client-Id", client).build()).statusCode())
                    .as("the refused request did not count as a failure").isEqualTo(503);
        }
    }
}
