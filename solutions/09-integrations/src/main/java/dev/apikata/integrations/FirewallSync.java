package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the firewall's allow rules in line with the IPAM's allocations. Chapter 09, section
 * "IPAM からファイアウォールへ" / "From the IPAM to the firewall".
 */
public final class FirewallSync {

    /** The services a tag on an IP address stands for, and the TCP port each one needs open. */
    public static final Map<String, Integer> SERVICE_PORTS = Map.of("https", 443, "ssh", 22, "postgresql", 5432);

    private final ApiClient ipam;
    private final ApiClient firewall;
    private final PrintStream out;

    /**
     * @param ipamUrl     the IPAM (NetBox's REST API shape), for example {@code https://netbox.example.test}
     * @param ipamToken   a NetBox API token, sent as {@code Authorization: Token <token>}
     * @param firewallUrl the firewall's management API
     * @param out         where a dry run prints its plan
     */
    public FirewallSync(URI ipamUrl, String ipamToken, URI firewallUrl, PrintStream out) {
        this.ipam = new ApiClient(ipamUrl, Map.of("Authorization", "Token " + ipamToken, "Accept", "application/json"));
        this.firewall = new ApiClient(firewallUrl, Map.of("Accept", "application/json"));
        this.out = out;
    }

    /**
     * The rules the IPAM asks for. Reads GET {@code /api/ipam/ip-addresses/?status=active} and every
     * page after it ({@code next} holds the next page's absolute URL, {@code null} on the last one).
     * An address object looks like {@code {"id": 12, "address": "10.0.1.12/24", "status": {"value":
     * "active"}, "dns_name": "web01.example.test", "tags": [{"name": "https", "slug": "https"}]}}.
     * Only {@code active} addresses count. Each tag whose slug is in {@link #SERVICE_PORTS} yields
     * the rule {@code <host>-<slug>} (the host is {@code dns_name} up to its first dot) for that one
     * address ({@code 10.0.1.12/32}: the {@code /24} is the subnet it sits in), TCP and the port.
     */
    public List<FirewallRule> desiredRules() throws IOException, InterruptedException {
        List<FirewallRule> rules = new ArrayList<>();
        URI page = ipam.uri("/api/ipam/ip-addresses/?status=active");
        while (page != null) {
            JsonNode body = ipam.json().readTree(ApiException.unlessSuccessful(ipam.send(ipam.request(page).GET().build())).body());
            for (JsonNode address : body.path("results")) {
                if (!address.path("status").path("value").asText().equals("active")) {
                    continue;
                }
                String host = address.path("dns_name").asText().split("\\.", 2)[0];
                // NetBox writes the address with its subnet's length; the rule opens that one host only.
                String ip = address.path("address").asText().split("/", 2)[0];
                for (JsonNode tag : address.path("tags")) {
                    Integer port = SERVICE_PORTS.get(tag.path("slug").asText());
                    if (port != null) {
                        rules.add(new FirewallRule(host + "-" + tag.path("slug").asText(), ip + "/32", "tcp", port));
                    }
                }
            }
            JsonNode next = body.path("next");
            page = next.isTextual() ? URI.create(next.asText()) : null;
        }
        return rules;
    }

    /** The rules the firewall has now: GET {@code /api/firewall/rules}, {@code {"rules": [...]}}. */
    public List<FirewallRule> currentRules() throws IOException, InterruptedException {
        HttpResponse<String> response = ApiException.unlessSuccessful(firewall.send(firewall.request("/api/firewall/rules").GET().build()));
        List<FirewallRule> rules = new ArrayList<>();
        for (JsonNode rule : firewall.json().readTree(response.body()).path("rules")) {
            rules.add(firewall.json().treeToValue(rule, FirewallRule.class));
        }
        return rules;
    }

    /**
     * The difference: PUT every desired rule the firewall lacks or holds differently, DELETE every
     * current rule no allocation asks for; each list sorted by id. Equal rules are left alone.
     */
    public static FirewallPlan diff(List<FirewallRule> desired, List<FirewallRule> current) {
        Map<String, FirewallRule> now = current.stream().collect(Collectors.toMap(FirewallRule::id, Function.identity()));
        Map<String, FirewallRule> wanted = new TreeMap<>();
        desired.forEach(rule -> wanted.put(rule.id(), rule));
        List<FirewallRule> toPut = wanted.values().stream()
                .filter(rule -> !rule.equals(now.get(rule.id())))
                .toList();
        List<String> toDelete = now.keySet().stream()
                .filter(id -> !wanted.containsKey(id))
                .sorted()
                .toList();
        return new FirewallPlan(toPut, toDelete);
    }

    /**
     * Computes the plan and, unless {@code dryRun}, applies it: PUT {@code /api/firewall/rules/{id}}
     * with the rule as JSON for each rule to put, DELETE {@code /api/firewall/rules/{id}} for each id
     * to delete (a 404 means it is gone already, which is the goal). A dry run prints
     * {@link FirewallPlan#lines()} to {@code out}, one a line, and writes nothing.
     *
     * @return the plan, applied or not
     * @throws ApiException for a status outside 2xx (but a 404 on DELETE)
     */
    public FirewallPlan sync(boolean dryRun) throws IOException, InterruptedException {
        FirewallPlan plan = diff(desiredRules(), currentRules());
        if (dryRun) {
            plan.lines().forEach(out::println);
            return plan;
        }
        for (FirewallRule rule : plan.toPut()) {
            ApiException.unlessSuccessful(firewall.send(firewall.request("/api/firewall/rules/" + rule.id())
                    .header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString(firewall.json().writeValueAsString(rule)))
                    .build()));
        }
        for (String id : plan.toDelete()) {
            HttpResponse<String> response = firewall.send(firewall.request("/api/firewall/rules/" + id).DELETE().build());
            // DELETE is idempotent: a rule that is gone already is what we wanted.
            if (response.statusCode() != 404) {
                ApiException.unlessSuccessful(response);
            }
        }
        return plan;
    }
}
