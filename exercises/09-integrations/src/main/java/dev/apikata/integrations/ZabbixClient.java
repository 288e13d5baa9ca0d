package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.course.NotDoneYet;
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
        throw NotDoneYet.task("09.3");
    }

    /** {@code user.login} with {@code username} and {@code password}; keeps the token it returns. */
    public void login(String username, String password) throws IOException, InterruptedException {
        throw NotDoneYet.task("09.3");
    }

    /**
     * {@code host.get} with {@code "output": ["hostid", "host", "name"]}.
     *
     * @throws IllegalStateException before {@link #login}, without sending anything
     */
    public List<ZabbixHost> hosts() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.3");
    }

    /**
     * {@code problem.get} with {@code "output": ["eventid", "name", "severity", "clock"]}, newest
     * first ({@code "sortfield": ["eventid"], "sortorder": "DESC"}).
     *
     * @throws IllegalStateException before {@link #login}, without sending anything
     */
    public List<ZabbixProblem> problems() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.3");
    }
}
