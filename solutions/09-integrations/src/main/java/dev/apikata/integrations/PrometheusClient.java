package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client for the Prometheus HTTP API ({@code /api/v1}). Chapter 09, section "Prometheus の HTTP API" /
 * "The Prometheus HTTP API".
 */
public final class PrometheusClient {

    private final ApiClient api;

    /** @param baseUrl where Prometheus answers, for example {@code http://prometheus:9090} or a proxy's {@code https://ops.example.test/prometheus} */
    public PrometheusClient(URI baseUrl) {
        this.api = new ApiClient(baseUrl, Map.of("Accept", "application/json"));
    }

    /**
     * Evaluates {@code promql} now with GET {@code /api/v1/query?query=...} and reads the vector
     * result: for each element its {@code metric}'s {@code instance} and {@code job} labels and the
     * value, the second element of {@code value} (a string such as {@code "0"}, {@code "NaN"} or
     * {@code "+Inf"}, Prometheus's infinity).
     *
     * @throws PrometheusException when the body says {@code "status": "error"} (Prometheus sends
     *                             400, 422 or 503 with it), with its {@code errorType}
     * @throws ApiException        for any other status outside 2xx (a proxy's 502, say)
     */
    public PromResult<Sample> query(String promql) throws IOException, InterruptedException {
        JsonNode body = get("/api/v1/query?query=" + encode(promql));
        List<Sample> samples = new ArrayList<>();
        for (JsonNode element : body.path("data").path("result")) {
            JsonNode metric = element.path("metric");
            // A sample is [<unix seconds>, "<value>"]: the value travels as a string.
            samples.add(new Sample(metric.path("instance").asText(), metric.path("job").asText(),
                    value(element.path("value").path(1))));
        }
        return new PromResult<>(samples, warnings(body));
    }

    /**
     * Evaluates {@code promql} over a time range with GET {@code /api/v1/query_range} and its
     * {@code query}, {@code start}, {@code end} and {@code step} parameters (times as RFC 3339 or
     * Unix seconds, the step as a duration such as {@code 60s} or as seconds), and reads the matrix
     * result: each element's labels and its {@code values}, pairs of Unix seconds (with a fraction)
     * and a value string.
     *
     * @throws PrometheusException and {@link ApiException} as {@link #query(String)} does
     */
    public PromResult<Series> queryRange(String promql, Instant start, Instant end, Duration step)
            throws IOException, InterruptedException {
        JsonNode body = get("/api/v1/query_range?query=" + encode(promql)
                + "&start=" + start + "&end=" + end + "&step=" + step.toSeconds() + "s");
        List<Series> series = new ArrayList<>();
        for (JsonNode element : body.path("data").path("result")) {
            List<Point> points = new ArrayList<>();
            for (JsonNode pair : element.path("values")) {
                Instant time = Instant.ofEpochMilli(Math.round(pair.path(0).asDouble() * 1000));
                points.add(new Point(time, value(pair.path(1))));
            }
            JsonNode metric = element.path("metric");
            series.add(new Series(metric.path("instance").asText(), metric.path("job").asText(), points));
        }
        return new PromResult<>(series, warnings(body));
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = api.send(api.request(pathAndQuery).GET().build());
        // Prometheus explains its own errors in JSON; a proxy in front of it may not.
        if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            JsonNode body = api.json().readTree(response.body());
            if ("error".equals(body.path("status").asText())) {
                throw new PrometheusException(response.statusCode(), body.path("errorType").asText(),
                        body.path("error").asText());
            }
            if (response.statusCode() / 100 == 2) {
                return body;
            }
        }
        throw new ApiException(response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // Prometheus writes infinity as +Inf and -Inf, which Double.parseDouble does not read (it does read NaN).
    private static double value(JsonNode text) {
        return switch (text.asText()) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text.asText());
        };
    }

    private static List<String> warnings(JsonNode body) {
        List<String> warnings = new ArrayList<>();
        body.path("warnings").forEach(warning -> warnings.add(warning.asText()));
        return warnings;
    }
}
