package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus HTTP API look-alike: {@code /api/v1/query} (instant vector) and
 * {@code /api/v1/query_range} (matrix) over a few node-exporter metrics, with deterministic values.
 * Queries are a metric name with optional label matchers, optionally compared with a number as a
 * filter: {@code up{job="node",instance!="db01:9100"}}, {@code up == 0}, {@code node_load1 > 2}.
 * Local storage starts at {@link #LOCAL_SINCE}; older samples would come from the previous server
 * through remote read, which does not answer, so a query reaching further back gets what is local
 * and a {@code warnings} entry, as Prometheus answers when a remote-read endpoint fails.
 */
final class Prometheus {

    private static final Pattern SELECTOR = Pattern.compile("\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{([^}]*)})?\\s*"
            + "(?:(==|!=|>=|<=|>|<)\\s*([-+]?(?:\\d+(?:\\.\\d+)?|Inf|NaN)))?\\s*");
    private static final Pattern MATCHER = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!=|=)\\s*\"([^\"]*)\"\\s*");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");
    private static final int MAX_POINTS = 11_000;
    /** 2023-01-01T00:00:00Z: the first sample local storage holds. */
    static final long LOCAL_SINCE = 1672531200L;
    static final String REMOTE_READ_WARNING =
            "remote_read: error sending request: Post \"http://archive.example.test:9201/api/v1/read\": context deadline exceeded";
    private static final List<String> INSTANCES = List.of("web01", "web02", "db01", "lb01", "cache01");
    private static final List<String> METRICS = List.of(
            "up", "node_load1", "node_memory_MemAvailable_bytes", "node_filesystem_avail_bytes", "node_cpu_utilisation");

    private final Clock clock;

    Prometheus(Clock clock) {
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/query", "Prometheus instant query (vector)", this::query)
                        .query("query", "time", "timeout").statuses(200, 400, 503).returns(200, "PrometheusVector")
                        .returns(400, "PrometheusError").returns(503, "PrometheusError")
                        .example("/api/v1/query?query=up"),
                Route.post("/api/v1/query", "Prometheus instant query, form-encoded", this::query)
                        .statuses(200, 400, 503).returns(200, "PrometheusVector").returns(400, "PrometheusError")
                        .returns(503, "PrometheusError")
                        .formBody("query=node_load1{instance=\"web01:9100\"}"),
                Route.get("/api/v1/query_range", "Prometheus range query (matrix)", this::queryRange)
                        .query("query", "start", "end", "step", "timeout").statuses(200, 400, 503).returns(200, "PrometheusMatrix")
                        .returns(400, "PrometheusError").returns(503, "PrometheusError")
                        .example("/api/v1/query_range?query=node_load1&start=1672531200&end=1672534800&step=60"));
    }

    private ResponseDefinition query(KitRequest request) {
        Map<String, String> params = params(request);
        try {
            Predicate<Map<String, String>> selector = selector(params.get("query"));
            Predicate<String> filter = filter(params.get("query"));
            checkTimeout(params);
            long time = params.containsKey("time") ? parseTime(params.get("time")) : clock.instant().getEpochSecond();
            ArrayNode result = Json.array();
            boolean local = time >= LOCAL_SINCE;
            for (Map<String, String> series : series()) {
                if (local && selector.test(series) && filter.test(value(series, time))) {
                    ObjectNode sample = result.addObject();
                    sample.set("metric", Json.MAPPER.valueToTree(series));
                    sample.set("value", point(series, time));
                }
            }
            return success("vector", result, !local);
        } catch (QueryTimedOut e) {
            return error(503, "timeout", e.getMessage());
        } catch (IllegalArgumentException e) {
            return badData(e.getMessage());
        }
    }

    private ResponseDefinition queryRange(KitRequest request) {
        Map<String, String> params = params(request);
        try {
            Predicate<Map<String, String>> selector = selector(params.get("query"));
            long start = parseTime(required(params, "start"));
            long end = parseTime(required(params, "end"));
            long step = parseStep(required(params, "step"));
            if (end < start) {
                throw new IllegalArgumentException("end timestamp must not be before start time");
            }
            if ((end - start) / step + 1 > MAX_POINTS) {
                throw new IllegalArgumentException("exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)");
            }
            Predicate<String> filter = filter(params.get("query"));
            checkTimeout(params);
            ArrayNode result = Json.array();
            for (Map<String, String> series : series()) {
                if (selector.test(series)) {
                    ArrayNode values = Json.array();
                    for (long t = start; t <= end; t += step) {
                        if (t >= LOCAL_SINCE && filter.test(value(series, t))) {
                            values.add(point(series, t));
                        }
                    }
                    // A range query leaves out a series none of whose samples passed the filter.
                    if (!values.isEmpty()) {
                        ObjectNode matrix = result.addObject();
                        matrix.set("metric", Json.MAPPER.valueToTree(series));
                        matrix.set("values", values);
                    }
                }
            }
            return success("matrix", result, start < LOCAL_SINCE);
        } catch (QueryTimedOut e) {
            return error(503, "timeout", e.getMessage());
        } catch (IllegalArgumentException e) {
            return badData(e.getMessage());
        }
    }

    /** GET takes the query string; POST a form body, as Prometheus accepts both. */
    private static Map<String, String> params(KitRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.query().forEach((k, v) -> params.put(k, v.get(0)));
        if (request.method().equals("POST")) {
            request.formFields().forEach((k, v) -> params.put(k, v.get(0)));
        }
        return params;
    }

    private static List<Map<String, String>> series() {
        List<Map<String, String>> all = new ArrayList<>();
        for (String metric : METRICS) {
            for (String instance : INSTANCES) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("__name__", metric);
                labels.put("instance", instance + ":9100");
                labels.put("job", "node");
                if (metric.equals("node_filesystem_avail_bytes")) {
                    labels.put("mountpoint", "/");
                }
                all.add(labels);
            }
        }
        return all;
    }

    /** [ unix time, "value" ]: Prometheus sends sample values as strings. */
    private static ArrayNode point(Map<String, String> series, long time) {
        ArrayNode point = Json.array();
        point.add(BigDecimal.valueOf(time));
        point.add(value(series, time));
        return point;
    }

    static String value(Map<String, String> series, long time) {
        String instance = series.get("instance");
        double wave = Math.sin(time / 600.0 + instance.hashCode() % 7);
        return switch (series.get("__name__")) {
            case "up" -> instance.startsWith("cache01") ? "0" : "1";
            case "node_load1" -> String.format(Locale.ROOT, "%.2f", 1.5 + wave);
            case "node_memory_MemAvailable_bytes" -> String.valueOf((long) ((4 + wave) * 1024 * 1024 * 1024));
            case "node_filesystem_avail_bytes" -> String.valueOf((long) ((20 + 5 * wave) * 1024 * 1024 * 1024));
            default -> String.format(Locale.ROOT, "%.3f", 0.5 + 0.4 * wave);
        };
    }

    static Predicate<Map<String, String>> selector(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("invalid parameter \"query\": 1:1: parse error: no expression found in input");
        }
        Matcher m = SELECTOR.matcher(query);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid parameter \"query\": parse error: unexpected character in \"" + query + "\" (this mock understands metric{label=\"value\"} selectors, optionally compared with a number: up == 0)");
        }
        String name = m.group(1);
        Predicate<Map<String, String>> predicate = labels -> labels.get("__name__").equals(name);
        if (m.group(2) != null && !m.group(2).isBlank()) {
            for (String part : m.group(2).split(",")) {
                Matcher lm = MATCHER.matcher(part);
                if (!lm.matches()) {
                    throw new IllegalArgumentException("invalid parameter \"query\": parse error: bad label matcher \"" + part.trim() + "\"");
                }
                String label = lm.group(1);
                String op = lm.group(2);
                String value = lm.group(3);
                predicate = predicate.and(labels -> switch (op) {
                    case "=" -> value.equals(labels.getOrDefault(label, ""));
                    case "!=" -> !value.equals(labels.getOrDefault(label, ""));
                    default -> labels.getOrDefault(label, "").matches(value);
                });
            }
        }
        return predicate;
    }

    static long parseTime(String text) {
        try {
            return new BigDecimal(text).longValue();
        } catch (NumberFormatException e) {
            try {
                return Instant.parse(text).getEpochSecond();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("invalid parameter: cannot parse \"" + text + "\" to a valid timestamp");
            }
        }
    }

    static long parseStep(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid parameter \"step\": cannot parse \"" + text + "\" to a valid duration");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long seconds = switch (unit) {
            case "ms" -> n / 1000;
            case "m" -> n * 60;
            case "h" -> n * 3600;
            case "d" -> n * 86400;
            default -> n;
        };
        if (seconds <= 0) {
            throw new IllegalArgumentException("zero or negative query resolution step widths are not accepted. Try a positive integer");
        }
        return seconds;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("invalid parameter \"" + name + "\": missing");
        }
        return value;
    }

    private static ResponseDefinition success(String resultType, ArrayNode result, boolean remoteReadFailed) {
        ObjectNode body = Json.object().put("status", "success");
        body.putObject("data").put("resultType", resultType).set("result", result);
        if (remoteReadFailed) {
            body.putArray("warnings").add(REMOTE_READ_WARNING);
        }
        return Reply.ok(body);
    }

    /**
     * Evaluation here takes no time, so the look-alike counts {@link #EVALUATION} for every query:
     * a {@code timeout} shorter than that answers 503 {@code timeout}, as a slow query would on Prometheus.
     */
    static final Duration EVALUATION = Duration.ofMillis(10);

    private static final class QueryTimedOut extends RuntimeException {
        QueryTimedOut() {
            super("query timed out in expression evaluation", null, false, false);
        }
    }

    private static void checkTimeout(Map<String, String> params) {
        String timeout = params.get("timeout");
        if (timeout == null) {
            return;
        }
        Matcher m = DURATION.matcher(timeout);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid parameter \"timeout\": cannot parse \"" + timeout + "\" to a valid duration");
        }
        long n = Long.parseLong(m.group(1));
        Duration limit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
        if (limit.compareTo(EVALUATION) < 0) {
            throw new QueryTimedOut();
        }
    }

    /** The comparison after the selector ({@code == 0}) as a filter on sample values; without one, every sample passes. */
    static Predicate<String> filter(String query) {
        Matcher m = SELECTOR.matcher(query);
        if (!m.matches() || m.group(3) == null) {
            return value -> true;
        }
        double operand = number(m.group(4));
        String op = m.group(3);
        return text -> {
            double value = number(text);
            return switch (op) {
                case "==" -> value == operand;
                case "!=" -> value != operand;
                case ">=" -> value >= operand;
                case "<=" -> value <= operand;
                case ">" -> value > operand;
                default -> value < operand;
            };
        };
    }

    private static double number(String text) {
        return switch (text.replace("+", "")) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static ResponseDefinition badData(String message) {
        return error(400, "bad_data", message);
    }

    private static ResponseDefinition error(int status, String errorType, String message) {
        return Reply.json(status, Json.object().put("status", "error").put("errorType", errorType).put("error", message));
    }
}
