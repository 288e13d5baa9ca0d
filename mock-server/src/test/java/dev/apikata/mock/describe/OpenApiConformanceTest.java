package dev.apikata.mock.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.route.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Reads the committed openapi.yaml and checks the running server against it, both ways. */
class OpenApiConformanceTest extends ApiTest {

    private static JsonNode spec() throws IOException {
        return ApiDescriptions.YAML.readTree(DescriptionFilesTest.OPENAPI.toFile());
    }

    @Test
    @DisplayName("every route the server serves is in openapi.yaml, and nothing else is")
    void specCoversServedRoutes() throws IOException {
        List<String> specified = new ArrayList<>();
        spec().get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method -> specified.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> served = new ArrayList<>();
        Http.json(http.get("/__kit/routes")).forEach(route -> {
            String method = route.get("method").asText();
            (method.equals("ANY") ? ApiDescriptions.ANY_METHODS : List.of(method))
                    .forEach(m -> served.add(m + " " + route.get("path").asText()));
        });

        assertThat(specified).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    @DisplayName("the Postman collection has a request for every operation in openapi.yaml")
    void postmanMatchesSpec() throws IOException {
        List<String> specified = new ArrayList<>();
        spec().get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method -> specified.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> inPostman = new ArrayList<>();
        Json.MAPPER.readTree(DescriptionFilesTest.POSTMAN.toFile()).get("item")
                .forEach(folder -> folder.get("item").forEach(item -> inPostman.add(item.get("name").asText())));

        assertThat(inPostman).containsExactlyInAnyOrderElementsOf(specified);
    }

    @TestFactory
    @DisplayName("every operation's example answers with its first documented status")
    Stream<DynamicTest> everyOperationAnswersAsSpecified() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(), () -> check(method, op.getValue())));
            }
        }
        return tests.stream();
    }

    private void check(String method, JsonNode operation) {
        api.reset();
        JsonNode example = operation.get("x-apikata-example");
        HttpRequest.Builder request = http.request(example.get("path").asText());
        example.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            String contentType = content.fieldNames().next();
            JsonNode body = content.get(contentType).get("example");
            String text = contentType.equals("application/json") ? body.toString() : form(body);
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }

        HttpResponse<String> response = http.send(request.build());

        String expected = operation.get("responses").fieldNames().next();
        assertThat(String.valueOf(response.statusCode())).as(method + " " + example.get("path").asText() + " answered " + response.body()).isEqualTo(expected);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            Http.json(response);
        }
    }

    private static String form(JsonNode fields) {
        StringBuilder form = new StringBuilder();
        fields.fields().forEachRemaining(f -> form.append(form.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(f.getKey(), java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(f.getValue().asText(), java.nio.charset.StandardCharsets.UTF_8)));
        return form.toString();
    }
}
