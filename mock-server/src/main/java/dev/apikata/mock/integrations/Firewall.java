package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.resources.CollectionQuery;
import dev.apikata.mock.resources.ResourceCollection;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A firewall-rules API: list, add (validated: 422 names each bad field), read, delete. */
final class Firewall {

    private static final Pattern CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)/(3[0-2]|[12]?\\d)");
    private static final List<String> ACTIONS = List.of("allow", "deny");
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "icmp");

    private final ResourceCollection rules = new ResourceCollection("firewall/rules", "id", Firewall::seed);

    List<Route> routes() {
        return List.of(
                Route.get("/firewall/rules", "Firewall: list rules (filter by any field)", r -> CollectionQuery.answer(r, rules.all()))
                        .statuses(200, 400).returns(200, "RuleList"),
                Route.post("/firewall/rules", "Firewall: add a rule (action, protocol, source, destination, port)", this::create)
                        .statuses(201, 400, 413, 415, 422, 507).returns(201, "Rule")
                        .jsonBody("{\"action\":\"allow\",\"protocol\":\"tcp\",\"source\":\"10.0.1.0/24\",\"destination\":\"10.0.2.21/32\",\"port\":5432,\"comment\":\"web to db\"}"),
                Route.get("/firewall/rules/{id}", "Firewall: one rule", r -> found(r))
                        .statuses(200, 400, 404).returns(200, "Rule").example("/firewall/rules/1"),
                Route.delete("/firewall/rules/{id}", "Firewall: delete a rule", r -> rules.delete(r.pathParam("id"))
                                ? Reply.status(204).empty()
                                : Reply.error(404, "not_found", "No rule " + r.pathParam("id")))
                        .statuses(204, 400, 404).example("/firewall/rules/3"));
    }

    private ResponseDefinition found(KitRequest request) {
        return rules.find(request.pathParam("id"))
                .map(e -> Reply.status(200).json(e.json()))
                .orElseGet(() -> Reply.error(404, "not_found", "No rule " + request.pathParam("id")));
    }

    private ResponseDefinition create(KitRequest request) {
        ObjectNode rule = JsonBody.readObject(request);
        ObjectNode errors = validate(rule);
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "validation_failed", "The rule has invalid fields").detail("fields", errors);
        }
        ResourceCollection.Entry created = rules.create(rule);
        return Reply.status(201)
                .header("Location", request.baseUrl() + "/firewall/rules/" + created.node().get("id").asText())
                .json(created.json());
    }

    static ObjectNode validate(JsonNode rule) {
        ObjectNode errors = Json.object();
        if (!ACTIONS.contains(rule.path("action").asText())) {
            errors.put("action", "must be one of " + ACTIONS);
        }
        String protocol = rule.path("protocol").asText();
        if (!PROTOCOLS.contains(protocol)) {
            errors.put("protocol", "must be one of " + PROTOCOLS);
        }
        for (String field : List.of("source", "destination")) {
            if (!CIDR.matcher(rule.path(field).asText()).matches()) {
                errors.put(field, "must be an IPv4 CIDR such as 10.0.1.0/24");
            }
        }
        JsonNode port = rule.path("port");
        if (protocol.equals("icmp")) {
            if (!port.isMissingNode() && !port.isNull()) {
                errors.put("port", "icmp has no port; leave it out");
            }
        } else if (!port.canConvertToInt() || !port.isIntegralNumber() || port.asInt() < 1 || port.asInt() > 65535) {
            errors.put("port", "must be a whole number from 1 to 65535");
        }
        return errors;
    }

    private static List<ObjectNode> seed() {
        return List.of(
                Json.object().put("id", 1).put("action", "allow").put("protocol", "tcp").put("source", "0.0.0.0/0")
                        .put("destination", "10.0.0.5/32").put("port", 443).put("comment", "HTTPS to the load balancer"),
                Json.object().put("id", 2).put("action", "allow").put("protocol", "tcp").put("source", "10.0.1.0/24")
                        .put("destination", "10.0.2.0/24").put("port", 5432).put("comment", "web tier to databases"),
                Json.object().put("id", 3).put("action", "deny").put("protocol", "tcp").put("source", "0.0.0.0/0")
                        .put("destination", "10.0.2.0/24").put("port", 22).put("comment", "no SSH to databases from anywhere"));
    }

    void reset() {
        rules.reset();
    }
}
