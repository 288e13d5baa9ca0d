package dev.apikata.http.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client for {@code /servers} that turns each status into what it means for the caller.
 * Read chapter 03: chapters/ja/03-status-codes.md or chapters/en/03-status-codes.md.
 */
public final class ServersClient {

    private static final String JSON = "application/json";

    private final URI baseUrl;
    // One HttpClient for the life of this object, reused by every call.
    private final HttpClient http;
    // A tolerant reader: fields this client does not know are ignored, so the API may grow.
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param baseUrl the API's root, for example {@code http://127.0.0.1:8080} */
    public ServersClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Registers a server with POST {@code /servers}. Chapter section {@code #created-location} and
     * {@code #conflict-and-validation}.
     *
     * <p>The answers: {@code 201} gives {@link CreateResult.Created} with the Location header as an
     * absolute URI (a relative Location is resolved against the request's URI); {@code 409} gives
     * {@link CreateResult.AlreadyExists}; {@code 422} gives {@link CreateResult.Invalid} with the
     * field messages of a body such as
     * {@code {"error": "validation_failed", "message": "...", "fields": {"cpu": "must be between 1 and 64"}}},
     * or, for a body that names a single {@code field} as the practice API's {@code /servers} does,
     * {@code {"error": "missing_field", "message": "A server needs a 'name'", "field": "name"}}, that
     * field with the message.
     *
     * @throws IOException           for a 201 without a Location header, or an exchange that failed
     * @throws HttpStatusException   for any other 4xx or 5xx (through {@link HttpErrors#raiseForStatus})
     */
    public CreateResult create(NewServer server) throws IOException, InterruptedException {
        throw NotDoneYet.task("03.4");
    }

    /**
     * Changes some fields of server {@code name} with PATCH {@code /servers/{name}}. Chapter section
     * {@code #no-content}.
     *
     * @return the server as the API answered it for {@code 200}; empty for {@code 204 No Content},
     *         which has no body to read
     * @throws HttpStatusException for a 4xx or 5xx (through {@link HttpErrors#raiseForStatus})
     */
    public Optional<Server> update(String name, Map<String, Object> changes) throws IOException, InterruptedException {
        throw NotDoneYet.task("03.5");
    }
}
