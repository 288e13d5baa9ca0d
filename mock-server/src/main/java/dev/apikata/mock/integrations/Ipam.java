package dev.apikata.mock.integrations;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * An IPAM look-alike: subnets with their addresses, and {@code POST .../addresses} to reserve the
 * next free address, the kind of data a firewall rule is built from.
 */
final class Ipam {

    private record Subnet(int id, String prefix, int vlan, String description) {
        String cidr() {
            return prefix + ".0/24";
        }
    }

    private static final List<Subnet> SUBNETS = List.of(
            new Subnet(1, "10.0.0", 100, "edge / load balancers"),
            new Subnet(2, "10.0.1", 101, "web tier"),
            new Subnet(3, "10.0.2", 102, "database tier"),
            new Subnet(4, "10.0.3", 103, "cache tier"));
    private static final Map<String, String> SEED_ADDRESSES = Map.of(
            "10.0.0.5", "lb01", "10.0.1.11", "web01", "10.0.1.12", "web02", "10.0.1.13", "web03",
            "10.0.2.21", "db01", "10.0.2.22", "db02", "10.0.3.31", "cache01");

    /** Per subnet: last octet to hostname, sorted. */
    private final Map<Integer, TreeMap<Integer, String>> used = new ConcurrentHashMap<>();

    Ipam() {
        reset();
    }

    List<Route> routes() {
        return List.of(
                Route.get("/ipam/subnets", "IPAM: all subnets", r -> Reply.ok(subnets()))
                        .statuses(200, 400).returns(200, "SubnetList"),
                Route.get("/ipam/subnets/{id}", "IPAM: one subnet", r -> Reply.ok(subnetJson(subnet(r))))
                        .statuses(200, 400, 404).returns(200, "Subnet").example("/ipam/subnets/2"),
                Route.get("/ipam/subnets/{id}/addresses", "IPAM: the addresses in use in a subnet", this::addresses)
                        .statuses(200, 400, 404).returns(200, "AddressList").example("/ipam/subnets/2/addresses"),
                Route.post("/ipam/subnets/{id}/addresses", "IPAM: reserve the next free address for a hostname", this::reserve)
                        .statuses(201, 400, 404, 409, 413, 415, 422).returns(201, "Reservation")
                        .example("/ipam/subnets/2/addresses").jsonBody("{\"hostname\":\"web04\"}"));
    }

    private ArrayNode subnets() {
        ArrayNode list = Json.array();
        SUBNETS.forEach(s -> list.add(subnetJson(s)));
        return list;
    }

    private ObjectNode subnetJson(Subnet subnet) {
        int inUse;
        synchronized (used) {
            inUse = used.get(subnet.id()).size();
        }
        return Json.object().put("id", subnet.id()).put("cidr", subnet.cidr()).put("gateway", subnet.prefix() + ".1")
                .put("vlan", subnet.vlan()).put("description", subnet.description()).put("used", inUse).put("size", 253);
    }

    private ResponseDefinition addresses(KitRequest request) {
        Subnet subnet = subnet(request);
        ArrayNode list = Json.array();
        synchronized (used) {
            used.get(subnet.id()).forEach((octet, host) -> list.addObject()
                    .put("address", subnet.prefix() + "." + octet + "/24").put("hostname", host).put("status", "active"));
        }
        return Reply.ok(list);
    }

    private ResponseDefinition reserve(KitRequest request) {
        Subnet subnet = subnet(request);
        String hostname = JsonBody.readObject(request).path("hostname").asText("");
        if (!hostname.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new ApiProblem(422, "validation_failed", "hostname must be lower-case letters, digits and '-'").detail("field", "hostname");
        }
        synchronized (used) {
            TreeMap<Integer, String> addresses = used.get(subnet.id());
            for (int octet = 10; octet < 255; octet++) {
                if (!addresses.containsKey(octet)) {
                    addresses.put(octet, hostname);
                    return Reply.json(201, Json.object().put("address", subnet.prefix() + "." + octet + "/24")
                            .put("hostname", hostname).put("status", "reserved").put("subnetId", subnet.id()));
                }
            }
        }
        throw new ApiProblem(409, "subnet_full", "Subnet " + subnet.cidr() + " has no free address left");
    }

    private static Subnet subnet(KitRequest request) {
        String id = request.pathParam("id");
        return SUBNETS.stream().filter(s -> String.valueOf(s.id()).equals(id)).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "not_found", "No subnet with id " + id));
    }

    void reset() {
        synchronized (used) {
            used.clear();
            for (Subnet subnet : SUBNETS) {
                TreeMap<Integer, String> addresses = new TreeMap<>();
                addresses.put(1, "gateway");
                SEED_ADDRESSES.forEach((ip, host) -> {
                    if (ip.startsWith(subnet.prefix() + ".")) {
                        addresses.put(Integer.parseInt(ip.substring(subnet.prefix().length() + 1)), host);
                    }
                });
                used.put(subnet.id(), addresses);
            }
        }
    }
}
