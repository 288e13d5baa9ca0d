package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.auth.DevCredentials;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Zabbix JSON-RPC 2.0 API look-alike at {@code /api_jsonrpc.php}: {@code apiinfo.version},
 * {@code user.login}, {@code user.logout}, {@code host.get}, {@code problem.get}. The session goes in
 * {@code Authorization: Bearer} (Zabbix 7.0; the deprecated {@code auth} member still works, as it does
 * until 7.2). {@code output} and {@code sortorder} are honoured. Errors are JSON-RPC errors with HTTP 200.
 */
final class Zabbix {

    private static final String[][] HOSTS = {
        {"10084", "web01", "10.0.1.11"}, {"10085", "web02", "10.0.1.12"}, {"10086", "db01", "10.0.2.21"},
        {"10087", "lb01", "10.0.0.5"}, {"10088", "cache01", "10.0.3.31"}
    };
    private static final String[][] PROBLEMS = {
        {"9001", "10084", "High CPU utilization (over 90% for 5m)", "4"},
        {"9002", "10086", "Disk space is low (used > 80%)", "2"},
        {"9003", "10088", "Zabbix agent is not available (for 3m)", "3"},
        {"9004", "10084", "Nginx: Service is down", "5"}
    };

    private static final Set<String> LOGIN_PARAMETERS = Set.of("username", "password", "userData");

    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final Random sessionIds = new Random();

    List<Route> routes() {
        return List.of(Route.post("/api_jsonrpc.php", "Zabbix JSON-RPC API: apiinfo.version, user.login, host.get, problem.get", this::call)
                .statuses(200, 400).returns(200, "JsonRpcResponse")
                .jsonBody("{\"jsonrpc\":\"2.0\",\"method\":\"apiinfo.version\",\"params\":{},\"id\":1}"));
    }

    private ResponseDefinition call(KitRequest request) {
        JsonNode rpc;
        try {
            rpc = Json.MAPPER.readTree(request.body());
        } catch (IOException e) {
            return error(null, -32700, "Parse error.", "Invalid JSON. An error occurred on the server while parsing the JSON text.");
        }
        if (rpc == null || !rpc.isObject() || !"2.0".equals(rpc.path("jsonrpc").asText()) || !rpc.path("method").isTextual()) {
            return error(rpc == null ? null : rpc.get("id"), -32600, "Invalid request.", "Invalid JSON-RPC request: needs \"jsonrpc\": \"2.0\" and a \"method\".");
        }
        JsonNode id = rpc.get("id");
        String method = rpc.get("method").asText();
        JsonNode params = rpc.path("params");
        return switch (method) {
            case "apiinfo.version" -> result(id, Json.MAPPER.getNodeFactory().textNode("7.0.0"));
            case "user.login" -> login(id, params);
            case "user.logout", "host.get", "problem.get" -> {
                String session = session(request, rpc);
                if (session == null) {
                    yield error(id, -32602, "Invalid params.", "Not authorised.");
                }
                if (!sessions.contains(session)) {
                    yield error(id, -32602, "Invalid params.", "Session terminated, re-login, please.");
                }
                yield switch (method) {
                    case "user.logout" -> {
                        sessions.remove(session);
                        yield result(id, Json.MAPPER.getNodeFactory().booleanNode(true));
                    }
                    case "host.get" -> result(id, output(hosts(params), params));
                    default -> result(id, output(sorted(problems(params), params), params));
                };
            }
            default -> error(id, -32601, "Method not found.", "Incorrect API \"" + method.split("\\.")[0] + "\".");
        };
    }

    private ResponseDefinition login(JsonNode id, JsonNode params) {
        // Zabbix 5.4 renamed "user" to "username"; 6.4 dropped "user", so 7.0 refuses it by name.
        for (Iterator<String> names = params.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LOGIN_PARAMETERS.contains(name)) {
                return error(id, -32602, "Invalid params.", "Invalid parameter \"/\": unexpected parameter \"" + name + "\".");
            }
        }
        String user = params.path("username").asText();
        if (!DevCredentials.ZABBIX_USER.equals(user) || !DevCredentials.ZABBIX_PASSWORD.equals(params.path("password").asText())) {
            return error(id, -32602, "Invalid params.", "Incorrect user name or password or account is temporarily blocked.");
        }
        byte[] bytes = new byte[16];
        synchronized (sessionIds) {
            sessionIds.nextBytes(bytes);
        }
        String session = HexFormat.of().formatHex(bytes);
        sessions.add(session);
        return result(id, Json.MAPPER.getNodeFactory().textNode(session));
    }

    private static String session(KitRequest request, JsonNode rpc) {
        String header = request.header("Authorization").orElse("");
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return rpc.path("auth").isTextual() ? rpc.get("auth").asText() : null;
    }

    private static ArrayNode hosts(JsonNode params) {
        JsonNode wanted = params.path("filter").path("host");
        boolean withInterfaces = !params.path("selectInterfaces").isMissingNode();
        ArrayNode hosts = Json.array();
        for (String[] h : HOSTS) {
            if (!wanted.isMissingNode() && !contains(wanted, h[1])) {
                continue;
            }
            ObjectNode host = hosts.addObject().put("hostid", h[0]).put("host", h[1]).put("name", h[1]).put("status", "0");
            if (withInterfaces) {
                host.putArray("interfaces").addObject().put("interfaceid", "1" + h[0]).put("ip", h[2]).put("port", "10050").put("type", "1");
            }
        }
        return hosts;
    }

    private static ArrayNode problems(JsonNode params) {
        JsonNode hostIds = params.path("hostids");
        JsonNode severities = params.path("severities");
        ArrayNode problems = Json.array();
        long clock = 1672531200L;
        for (String[] p : PROBLEMS) {
            if ((!hostIds.isMissingNode() && !contains(hostIds, p[1])) || (!severities.isMissingNode() && !contains(severities, p[3]))) {
                continue;
            }
            problems.addObject()
                    .put("eventid", p[0]).put("source", "0").put("object", "0").put("objectid", p[1])
                    .put("clock", String.valueOf(clock += 600)).put("ns", "0")
                    .put("name", p[2]).put("severity", p[3]).put("acknowledged", "0");
        }
        return problems;
    }

    /** {@code "output": ["hostid", "name"]} keeps those properties of each object; {@code "extend"} (the default) all. */
    private static ArrayNode output(ArrayNode objects, JsonNode params) {
        JsonNode output = params.path("output");
        if (!output.isArray()) {
            return objects;
        }
        Set<String> wanted = new HashSet<>();
        output.forEach(field -> wanted.add(field.asText()));
        for (JsonNode object : objects) {
            ((ObjectNode) object).retain(wanted);
        }
        return objects;
    }

    /** {@code "sortfield": "eventid"} or {@code ["eventid"]}, {@code "sortorder": "DESC"}; without them, ascending ids. */
    private static ArrayNode sorted(ArrayNode problems, JsonNode params) {
        List<JsonNode> list = new ArrayList<>();
        problems.forEach(list::add);
        list.sort(Comparator.comparingLong(p -> Long.parseLong(p.path("eventid").asText())));
        JsonNode order = params.path("sortorder");
        String first = order.isArray() ? order.path(0).asText() : order.asText();
        if (first.equalsIgnoreCase("DESC")) {
            Collections.reverse(list);
        }
        ArrayNode sorted = Json.array();
        list.forEach(sorted::add);
        return sorted;
    }

    /** Zabbix filters take one value or a list. */
    private static boolean contains(JsonNode filter, String value) {
        if (filter.isArray()) {
            for (JsonNode item : filter) {
                if (item.asText().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return filter.asText().equals(value);
    }

    private static ResponseDefinition result(JsonNode id, JsonNode result) {
        ObjectNode body = Json.object().put("jsonrpc", "2.0");
        body.set("result", result);
        body.set("id", id);
        return Reply.ok(body);
    }

    private static ResponseDefinition error(JsonNode id, int code, String message, String data) {
        ObjectNode body = Json.object().put("jsonrpc", "2.0");
        body.putObject("error").put("code", code).put("message", message).put("data", data);
        body.set("id", id);
        return Reply.ok(body);
    }

    void reset() {
        sessions.clear();
    }
}
