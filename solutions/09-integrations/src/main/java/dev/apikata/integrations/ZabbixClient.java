package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client for the Zabbix API (JSON-RPC 2.0 over HTTP, shapes of Zabbix 7.0 LTS). Chapter 09,
 * section "Zabbix の JSON-RPC" / "Zabbix JSON-RPC".
 */
public final class ZabbixClient {

    private final ApiClient api;
    private final AtomicLong ids = new AtomicLong();
    private String token;

    /** @param frontendUrl the Zabbix frontend, for example {@code https://zabbix.example.test/zabbix} */
    public ZabbixClient(URI frontendUrl) {
        this.api = new ApiClient(frontendUrl);
    }

    /**
     * Calls one JSON-RPC method: POST {@code /api_jsonrpc.php} with {@code Content-Type:
     * application/json-rpc} and {@code {"jsonrpc": "2.0", "method": ..., "params": ..., "id": <a new
     * number>}}, plus {@code Authorization: Bearer <token>} once logged in (never for {@code user.login}).
     *
     * @return the response's {@code result}
     * @throws ZabbixApiException for a response with an {@code error} object (Zabbix sends it with 200)
     * @throws ApiException       for an HTTP status outside 2xx
     */
    public JsonNode call(String method, JsonNode params) throws IOException, InterruptedException {
        ObjectNode request = api.json().createObjectNode()
                .put("jsonrpc", "2.0")
                .put("method", method)
                .put("id", ids.incrementAndGet());
        request.set("params", params);
        HttpRequest.Builder builder = api.request("/api_jsonrpc.php")
                .header("Content-Type", "application/json-rpc")
                .POST(BodyPublishers.ofString(api.json().writeValueAsString(request)));
        // Zabbix 7.0 takes the token as a Bearer header; the old "auth" member is gone in 7.2.
        if (token != null && !method.equals("user.login")) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = ApiException.unlessSuccessful(api.send(builder.build()));
        JsonNode answer = api.json().readTree(response.body());
        // JSON-RPC reports a failed call inside a 200: the error member is the only sign.
        JsonNode error = answer.path("error");
        if (!error.isMissingNode()) {
            throw new ZabbixApiException(error.path("code").asInt(), error.path("message").asText(),
                    error.path("data").asText());
        }
        return answer.path("result");
    }

    /** {@code user.login} with {@code username} and {@code password}; keeps the token it returns. */
    public void login(String username, String password) throws IOException, InterruptedException {
        ObjectNode params = api.json().createObjectNode().put("username", username).put("password", password);
        token = call("user.login", params).asText();
    }

    /**
     * {@code host.get} with {@code "output": ["hostid", "host", "name"]}.
     *
     * @throws IllegalStateException before {@link #login}, without sending anything
     */
    public List<ZabbixHost> hosts() throws IOException, InterruptedException {
        requireLogin();
        ObjectNode params = api.json().createObjectNode();
        params.putArray("output").add("hostid").add("host").add("name");
        List<ZabbixHost> hosts = new ArrayList<>();
        for (JsonNode host : call("host.get", params)) {
            hosts.add(new ZabbixHost(host.path("hostid").asText(), host.path("host").asText(), host.path("name").asText()));
        }
        return hosts;
    }

    /**
     * {@code problem.get} with {@code "output": ["eventid", "name", "severity", "clock"]}, newest
     * first ({@code "sortfield": ["eventid"], "sortorder": "DESC"}).
     *
     * @throws IllegalStateException before {@link #login}, without sending anything
     */
    public List<ZabbixProblem> problems() throws IOException, InterruptedException {
        requireLogin();
        ObjectNode params = api.json().createObjectNode();
        params.putArray("output").add("eventid").add("name").add("severity").add("clock");
        params.putArray("sortfield").add("eventid");
        params.put("sortorder", "DESC");
        List<ZabbixProblem> problems = new ArrayList<>();
        for (JsonNode problem : call("problem.get", params)) {
            // Zabbix sends numbers as strings: "4", "1796119200".
            problems.add(new ZabbixProblem(problem.path("eventid").asText(), problem.path("name").asText(),
                    Integer.parseInt(problem.path("severity").asText()),
                    Instant.ofEpochSecond(Long.parseLong(problem.path("clock").asText()))));
        }
        return problems;
    }

    private void requireLogin() {
        if (token == null) {
            throw new IllegalStateException("log in first: every Zabbix API method but user.login needs a token");
        }
    }
}
