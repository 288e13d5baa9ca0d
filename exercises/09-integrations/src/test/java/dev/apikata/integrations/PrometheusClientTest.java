package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import dev.apikata.integrations.given.ApiException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Module 09, task 09.2: the Prometheus HTTP API. Requests and answers follow the Prometheus
 * documentation of the stable {@code /api/v1} ("HTTP API": the response envelope, instant queries,
 * range queries, the vector and matrix result formats, errors with {@code errorType}, {@code warnings}).
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.2")
@DisplayName("09.2 PrometheusClient: query and query_range")
class PrometheusClientTest {

    private static final String DOWN = """
            {"status": "success",
             "data": {"resultType": "vector", "result": [
               {"metric": {"__name__": "up", "instance": "web01:9100", "job": "node"}, "value": [1796119200.781, "0"]},
               {"metric": {"__name__": "up", "instance": "db01:9187", "job": "postgres"}, "value": [1796119200.781, "0"]}]}}""";

    private static final String RANGE = """
            {"status": "success",
             "data": {"resultType": "matrix", "result": [
               {"metric": {"__name__": "up", "instance": "web01:9100", "job": "node"},
                "values": [[1796119200, "1"], [1796119260, "0"], [1796119320.5, "1"]]}]}}""";

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T10:05:00Z");

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final PrometheusClient prometheus = new PrometheusClient(URI.create(api.url("/prometheus")));

    @Test
    @DisplayName("query(\"up == 0\") sends the expression as the query parameter and reads (instance, job, value)")
    void instantVector() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query")).willReturn(okJson(DOWN)));

        PromResult<Sample> down = prometheus.query("up == 0");

        assertThat(down.result()).as("query(\"up == 0\")").containsExactly(
                new Sample("web01:9100", "node", 0.0), new Sample("db01:9187", "postgres", 0.0));
        assertThat(down.warnings()).as("warnings when Prometheus sent none").isEmpty();
        api.verify(getRequestedFor(urlPathEqualTo("/prometheus/api/v1/query")).withQueryParam("query", equalTo("up == 0")));
    }

    @Test
    @DisplayName("values NaN, +Inf and -Inf are read as such, not as 0 (histogram_quantile gives +Inf)")
    void specialValues() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query")).willReturn(okJson("""
                {"status": "success",
                 "data": {"resultType": "vector", "result": [
                   {"metric": {"instance": "web01:9100", "job": "node"}, "value": [1796119200.781, "NaN"]},
                   {"metric": {"instance": "web02:9100", "job": "node"}, "value": [1796119200.781, "+Inf"]},
                   {"metric": {"instance": "web03:9100", "job": "node"}, "value": [1796119200.781, "-Inf"]}]}}""")));

        PromResult<Sample> latency = prometheus.query("histogram_quantile(0.99, rate(http_request_duration_seconds_bucket[5m]))");

        assertThat(latency.result()).as("query(...) whose values are \"NaN\", \"+Inf\" and \"-Inf\"").containsExactly(
                new Sample("web01:9100", "node", Double.NaN),
                new Sample("web02:9100", "node", Double.POSITIVE_INFINITY),
                new Sample("web03:9100", "node", Double.NEGATIVE_INFINITY));
    }

    @Test
    @DisplayName("an empty vector (nothing is down) is an empty list")
    void emptyVector() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query"))
                .willReturn(okJson("{\"status\": \"success\", \"data\": {\"resultType\": \"vector\", \"result\": []}}")));

        assertThat(prometheus.query("up == 0").result()).as("query(\"up == 0\") when every target is up").isEmpty();
    }

    @Test
    @DisplayName("warnings come back beside the data, which is still read")
    void warnings() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query")).willReturn(okJson(DOWN.replaceFirst("\\{\"status\": \"success\",",
                "{\"status\": \"success\", \"warnings\": [\"PromQL warning: remote store eu-west did not answer, results may be partial\"],"))));

        PromResult<Sample> down = prometheus.query("up == 0");

        assertThat(down.warnings()).as("warnings of the answer")
                .containsExactly("PromQL warning: remote store eu-west did not answer, results may be partial");
        assertThat(down.result()).as("samples of an answer with warnings").hasSize(2);
    }

    @ParameterizedTest(name = "{0} {1} is a PrometheusException with errorType {1}")
    @CsvSource(delimiter = '|', value = {
        "400 | bad_data  | invalid parameter \\\"query\\\": 1:6: parse error: unexpected end of input",
        "422 | execution | expanding series: too many samples",
        "503 | timeout   | query timed out in expression evaluation",
    })
    @DisplayName("\"status\": \"error\" is a PrometheusException with its errorType")
    void statusError(int status, String errorType, String error) {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": \"error\", \"errorType\": \"" + errorType + "\", \"error\": \"" + error + "\"}")));

        assertThatExceptionOfType(PrometheusException.class)
                .as("query(\"up ==\") when Prometheus answers %d %s", status, errorType)
                .isThrownBy(() -> prometheus.query("up =="))
                .satisfies(e -> {
                    assertThat(e.errorType()).as("errorType()").isEqualTo(errorType);
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(status);
                });
    }

    @Test
    @DisplayName("a proxy's 502 with an HTML page is an ApiException, not a JSON parse error")
    void proxyError() {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        assertThatExceptionOfType(ApiException.class)
                .as("query(\"up == 0\") when the proxy in front of Prometheus answers 502 in HTML")
                .isThrownBy(() -> prometheus.query("up == 0"))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(502));
    }

    @Test
    @DisplayName("queryRange reads the matrix: every series with its points, times to the millisecond")
    void matrix() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query_range")).willReturn(okJson(RANGE)));

        PromResult<Series> range = prometheus.queryRange("up", START, END, Duration.ofMinutes(1));

        assertThat(range.result()).as("queryRange(\"up\", 10:00, 10:05, 1m)").containsExactly(
                new Series("web01:9100", "node", List.of(
                        new Point(Instant.parse("2026-12-01T10:00:00Z"), 1.0),
                        new Point(Instant.parse("2026-12-01T10:01:00Z"), 0.0),
                        new Point(Instant.parse("2026-12-01T10:02:00.500Z"), 1.0))));
    }

    @Test
    @DisplayName("queryRange sends query, start, end (RFC 3339 or Unix seconds) and step (60s, 1m or 60)")
    void rangeParameters() throws Exception {
        api.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query_range")).willReturn(okJson(RANGE)));

        prometheus.queryRange("rate(node_cpu_seconds_total{mode=\"idle\"}[5m])", START, END, Duration.ofMinutes(1));

        api.verify(getRequestedFor(urlPathEqualTo("/prometheus/api/v1/query_range"))
                .withQueryParam("query", equalTo("rate(node_cpu_seconds_total{mode=\"idle\"}[5m])"))
                .withQueryParam("start", matching(time(START)))
                .withQueryParam("end", matching(time(END)))
                .withQueryParam("step", matching("60s|1m|60(\\.0+)?")));
    }

    /** Either form Prometheus accepts for a time: RFC 3339, or Unix seconds with an optional fraction. */
    private static String time(Instant instant) {
        return "\\Q" + instant.toString().replace("Z", "") + "\\E(\\.0+)?(Z|\\+00:00)|" + instant.getEpochSecond() + "(\\.0+)?";
    }
}
