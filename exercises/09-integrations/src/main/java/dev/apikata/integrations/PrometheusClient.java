package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.course.NotDoneYet;
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
        throw NotDoneYet.task("09.2");
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
        throw NotDoneYet.task("09.2");
    }
}
