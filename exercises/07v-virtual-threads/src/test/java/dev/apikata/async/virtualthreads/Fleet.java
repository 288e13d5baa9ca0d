package dev.apikata.async.virtualthreads;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The server side of the tests: a small fleet of hosts, {@code GET /hosts/web01} answering that
 * host's status, each stub with the delay or the failure a test needs. A host's status says more
 * than its URI (state, load), so no code can make an answer up from the request.
 */
final class Fleet {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExerciseApi api;

    Fleet(ExerciseApi api) {
        this.api = api;
    }

    static String hostJson(String host) {
        int number = Integer.parseInt(host.replaceAll("\\D", ""));
        return String.format("{\"host\": \"%s\", \"status\": \"%s\", \"load\": %d.%02d}",
                host, number % 3 == 0 ? "degraded" : "up", number % 4, number * 7 % 100);
    }

    /** The status of {@code host} as the code under test should read it. */
    static JsonNode body(String host) {
        try {
            return MAPPER.readTree(hostJson(host));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code web01} for {@code http://127.0.0.1:port/hosts/web01}. */
    static String name(URI uri) {
        return uri.getPath().substring("/hosts/".length());
    }

    static List<JsonNode> bodies(List<URI> uris) {
        return uris.stream().map(uri -> body(name(uri))).toList();
    }

    URI uri(String host) {
        return URI.create(api.url("/hosts/" + host));
    }

    /** Answers 200 with the host's status after {@code delayMs}. */
    URI answering(String host, int delayMs) {
        return stub(host, okJson(hostJson(host)).withFixedDelay(delayMs));
    }

    /** Answers {@code status} with a JSON error body (JSON, like a real answer) after {@code delayMs}. */
    URI failing(String host, int status, int delayMs) {
        return stub(host, status(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"host " + host + " is not reachable\"}").withFixedDelay(delayMs));
    }

    /** Sends the headers at once and the body in pieces over {@code durationMs}. */
    URI trickling(String host, int durationMs) {
        return stub(host, okJson(hostJson(host)).withChunkedDribbleDelay(30, durationMs));
    }

    URI stub(String host, ResponseDefinitionBuilder response) {
        api.stubFor(get(urlEqualTo("/hosts/" + host)).willReturn(response));
        return uri(host);
    }

    /** {@code web01 ... web<count>}, each answering after {@code delayMs}. */
    List<URI> hosts(int count, int delayMs) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> answering(String.format("web%02d", n), delayMs)).toList();
    }
}
