package dev.apikata.mock.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
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

/**
 * Reads the committed openapi.yaml and checks the running server against it, both ways: every
 * route is described, and what every operation answers (to its example and to wrong requests)
 * is a documented status with a body that conforms, checked by swagger-request-validator.
 */
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
    @DisplayName("every operation's example answers with its first documented status, and a body that conforms")
    Stream<DynamicTest> everyOperationAnswersAsSpecified() throws IOException {
        return operations().map(op -> DynamicTest.dynamicTest(op.method() + " " + op.template(), () -> {
            HttpResponse<String> response = send(op, op.examplePath(), op.exampleHeaders(), op.exampleBody());

            String expected = op.spec().get("responses").fieldNames().next();
            assertThat(String.valueOf(response.statusCode())).as(op.method() + " " + op.examplePath() + " answered " + response.body())
                    .isEqualTo(expected);
            assertConforms(op, response);
        }));
    }

    @TestFactory
    @DisplayName("what each operation answers to a wrong request is documented: bad JSON, another media type, no credentials, a missing record, a bad query")
    Stream<DynamicTest> errorAnswersConform() throws IOException {
        return operations().flatMap(op -> probes(op).stream().map(probe -> DynamicTest.dynamicTest(
                op.method() + " " + op.template() + " (" + probe.what() + ")", () -> {
                    HttpResponse<String> response = send(op, probe.path(), probe.headers(), probe.body());

                    assertThat(response.statusCode()).as(probe.what() + ": " + response.body()).isBetween(200, 599);
                    assertConforms(op, response);
                })));
    }

    /** One operation of openapi.yaml with its example request. */
    private record Operation(String method, String template, JsonNode spec) {
        String examplePath() {
            return spec.get("x-apikata-example").get("path").asText();
        }

        Map<String, String> exampleHeaders() {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            spec.get("x-apikata-example").path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            return headers;
        }

        /** The example body with its media type, or null. */
        Map.Entry<String, String> exampleBody() {
            JsonNode content = spec.path("requestBody").path("content");
            if (!content.isObject() || content.size() == 0) {
                return null;
            }
            String contentType = content.fieldNames().next();
            JsonNode body = content.get(contentType).get("example");
            return Map.entry(contentType, contentType.equals("application/json") ? body.toString() : form(body));
        }
    }

    private record Probe(String what, String path, Map<String, String> headers, Map.Entry<String, String> body) {}

    /** Wrong requests of every kind the operation can get. */
    private static List<Probe> probes(Operation op) {
        List<Probe> probes = new ArrayList<>();
        String path = op.examplePath();
        Map<String, String> headers = op.exampleHeaders();
        Map.Entry<String, String> body = op.exampleBody();
        String separator = path.contains("?") ? "&" : "?";
        probes.add(new Probe("a paging parameter that is not a number", path + separator + "_page=abc&page=abc&per_page=abc&MaxResults=abc", headers, body));
        if (body != null && body.getKey().equals("application/json")) {
            probes.add(new Probe("malformed JSON", path, headers, Map.entry("application/json", "{\"title\": ")));
            probes.add(new Probe("a JSON array", path, headers, Map.entry("application/json", "[1, 2]")));
            probes.add(new Probe("text/plain", path, headers, Map.entry("text/plain", body.getValue())));
            probes.add(new Probe("no body", path, headers, Map.entry("application/json", "")));
        }
        if (body != null && !body.getKey().equals("application/json")) {
            probes.add(new Probe("JSON instead of a form", path, headers, Map.entry("application/json", "{}")));
        }
        if (!headers.isEmpty() || op.spec().path("security").size() > 0) {
            probes.add(new Probe("no credentials", path, Map.of(), body));
        }
        String missing = path.replaceFirst("/(\\d+|web01|OPS-999)(?=$|\\?|/comments$|/posts$|/todos$|/profile$|/addresses$)", "/999999");
        if (!missing.equals(path)) {
            probes.add(new Probe("a record that does not exist", missing, headers, body));
        }
        return probes;
    }

    private Stream<Operation> operations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue())));
        }
        return operations.stream();
    }

    private HttpResponse<String> send(Operation op, String path, Map<String, String> headers, Map.Entry<String, String> body) {
        api.reset();
        HttpRequest.Builder request = http.request(path);
        headers.forEach(request::header);
        if (op.method().equals("GET") || op.method().equals("DELETE") || body == null) {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.getKey()).method(op.method(), HttpRequest.BodyPublishers.ofString(body.getValue()));
        }
        return http.send(request.build());
    }

    /** swagger-request-validator: the status is documented for the operation and the body matches its schema. */
    private static void assertConforms(Operation op, HttpResponse<String> response) {
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> actual.withHeader(name, values));
        ValidationReport report = VALIDATOR.validateResponse(response.uri().getRawPath(), Request.Method.valueOf(op.method()), actual.build());

        assertThat(report.getMessages()).as(op.method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body()).isEmpty();
    }

    /** Records may carry fields a learner sent, so schemas list what is there without forbidding more. */
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(DescriptionFilesTest.OPENAPI.toUri().toString())
            .withLevelResolver(LevelResolver.create().withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
            .build();

    private static String form(JsonNode fields) {
        StringBuilder form = new StringBuilder();
        fields.fields().forEachRemaining(f -> form.append(form.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(f.getKey(), java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(f.getValue().asText(), java.nio.charset.StandardCharsets.UTF_8)));
        return form.toString();
    }
}
