package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Module 09's firewall management API: allow rules keyed by a name the caller chooses
 * ({@code web01-https}), so that {@code PUT /api/firewall/rules/{id}} puts a rule in place however
 * often it is sent, and {@code DELETE} removes it (404 once it is gone). {@code GET
 * /api/firewall/rules} answers {@code {"rules": [...]}} sorted by id. The seed holds two rules in
 * line with the IPAM, one on an outdated port and one no allocation asks for.
 */
final class FirewallApi {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern HOST_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)/(3[0-2]|[12]?\\d)");
    private static final List<String> PROTOCOLS = List.of("tcp", "udp");

    private final Map<String, ObjectNode> rules = new TreeMap<>();

    FirewallApi() {
        reset();
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/firewall/rules", "Firewall (module 09): every allow rule, sorted by id", r -> all())
                        .statuses(200, 400).returns(200, "ManagedRuleList"),
                Route.get("/api/firewall/rules/{id}", "Firewall (module 09): one rule", this::read)
                        .statuses(200, 400, 404).returns(200, "ManagedRule").example("/api/firewall/rules/web01-https"),
                Route.put("/api/firewall/rules/{id}", "Firewall (module 09): put a rule in place (201 new, 200 replaced; idempotent)", this::put)
                        .statuses(201, 200, 400, 413, 415, 422).returns(201, "ManagedRule").returns(200, "ManagedRule")
                        .example("/api/firewall/rules/web02-https")
                        .jsonBody("{\"id\":\"web02-https\",\"destination\":\"10.0.1.12/32\",\"protocol\":\"tcp\",\"port\":443}"),
                Route.delete("/api/firewall/rules/{id}", "Firewall (module 09): remove a rule (404 when there is none)", this::delete)
                        .statuses(204, 400, 404).example("/api/firewall/rules/old01-ssh"));
    }

    private synchronized ResponseDefinition all() {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("rules");
        rules.values().forEach(rule -> list.add(rule.deepCopy()));
        return Reply.ok(body);
    }

    private synchronized ResponseDefinition read(KitRequest request) {
        ObjectNode rule = rules.get(request.pathParam("id"));
        return rule == null ? notFound(request) : Reply.ok(rule.deepCopy());
    }

    private ResponseDefinition put(KitRequest request) {
        String id = request.pathParam("id");
        JsonNode body = JsonBody.readObject(request);
        ObjectNode errors = validate(id, body);
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "validation_failed", "The rule has invalid fields").detail("fields", errors);
        }
        ObjectNode rule = Json.object().put("id", id).put("destination", body.get("destination").asText())
                .put("protocol", body.get("protocol").asText()).put("port", body.get("port").asInt());
        boolean created;
        synchronized (this) {
            created = rules.put(id, rule) == null;
        }
        Reply reply = Reply.status(created ? 201 : 200);
        if (created) {
            reply.header("Location", request.baseUrl() + "/api/firewall/rules/" + id);
        }
        return reply.json(rule);
    }

    private ResponseDefinition delete(KitRequest request) {
        boolean removed;
        synchronized (this) {
            removed = rules.remove(request.pathParam("id")) != null;
        }
        return removed ? Reply.status(204).empty() : notFound(request);
    }

    static ObjectNode validate(String id, JsonNode rule) {
        ObjectNode errors = Json.object();
        if (!ID.matcher(id).matches()) {
            errors.put("id", "must be lower-case letters, digits and '-', such as web01-https");
        } else if (rule.has("id") && !rule.path("id").asText().equals(id)) {
            errors.put("id", "must be the id in the path (" + id + ") or left out");
        }
        if (!HOST_CIDR.matcher(rule.path("destination").asText()).matches()) {
            errors.put("destination", "must be an IPv4 CIDR such as 10.0.1.12/32");
        }
        if (!PROTOCOLS.contains(rule.path("protocol").asText())) {
            errors.put("protocol", "must be one of " + PROTOCOLS);
        }
        JsonNode port = rule.path("port");
        if (!port.isIntegralNumber() || !port.canConvertToInt() || port.asInt() < 1 || port.asInt() > 65535) {
            errors.put("port", "must be a whole number from 1 to 65535");
        }
        return errors;
    }

    private static ResponseDefinition notFound(KitRequest request) {
        return Reply.error(404, "not_found", "No rule " + request.pathParam("id"));
    }

    private static ObjectNode rule(String id, String destination, int port) {
        return Json.object().put("id", id).put("destination", destination).put("protocol", "tcp").put("port", port);
    }

    synchronized void reset() {
        rules.clear();
        List.of(rule("web01-https", "10.0.1.11/32", 443), rule("web01-ssh", "10.0.1.11/32", 22),
                rule("db01-postgresql", "10.0.2.21/32", 5433), rule("old01-ssh", "10.0.9.9/32", 22))
                .forEach(r -> rules.put(r.get("id").asText(), r));
    }
}
