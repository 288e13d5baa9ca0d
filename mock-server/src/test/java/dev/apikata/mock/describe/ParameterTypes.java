package dev.apikata.mock.describe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.Json;
import java.util.List;
import java.util.Map;

/** The schema of each path and query parameter the routes take, for openapi.yaml. */
final class ParameterTypes {

    private static final Map<String, ObjectNode> QUERY = Map.ofEntries(
            Map.entry("_page", integer(1, null)), Map.entry("_limit", integer(0, null)),
            Map.entry("_start", integer(null, null)), Map.entry("_end", integer(null, null)),
            Map.entry("duration", integer(0, 60_000)), Map.entry("chunks", integer(1, 1000)), Map.entry("bytes", integer(1, 1024 * 1024)),
            Map.entry("fail", integer(0, 100)), Map.entry("retry_after", integer(0, 86_400)), Map.entry("polls", integer(0, 100)),
            Map.entry("status", enumOf(429, 500, 502, 503, 504)), Map.entry("MaxResults", integer(5, 1000)),
            Map.entry("page", integer(1, null)), Map.entry("per_page", integer(1, 100)),
            Map.entry("type", enumOf("info", "warning", "error")), Map.entry("date", text().put("format", "date")),
            Map.entry("_order", text().put("description", "asc or desc, one per _sort field, comma-separated")));

    private ParameterTypes() {}

    static ObjectNode queryParameter(String name) {
        return QUERY.getOrDefault(name, text()).deepCopy();
    }

    static ObjectNode pathParameter(String template, String name) {
        return switch (name) {
            case "code" -> integer(100, 599);
            case "ms" -> integer(0, 60_000);
            case "size" -> integer(1, 1024 * 1024);
            case "kind" -> enumOf("connection-reset", "empty-response", "malformed-chunk", "random-data");
            // Numbered records; a job id and a server name are text.
            case "id" -> template.startsWith("/jobs/") ? text() : integer(null, null);
            default -> text();
        };
    }

    private static ObjectNode text() {
        return Json.object().put("type", "string");
    }

    private static ObjectNode integer(Integer minimum, Integer maximum) {
        ObjectNode schema = Json.object().put("type", "integer");
        if (minimum != null) {
            schema.put("minimum", minimum);
        }
        if (maximum != null) {
            schema.put("maximum", maximum);
        }
        return schema;
    }

    private static ObjectNode enumOf(Object... values) {
        ObjectNode schema = Json.object().put("type", values[0] instanceof Integer ? "integer" : "string");
        schema.set("enum", Json.MAPPER.valueToTree(List.of(values)));
        return schema;
    }
}
