package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.auth.DevCredentials;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Handler;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An IPAM shaped like NetBox 4's REST API: {@code /api/ipam/prefixes/} and
 * {@code /api/ipam/ip-addresses/}, with {@code Authorization: Token <token>}, lists paged by
 * {@code limit} and {@code offset} as {@code {"count", "next", "previous", "results"}} (absolute
 * {@code next}/{@code previous} URLs), choice fields as {@code {"value", "label"}}, tags with slugs,
 * and {@code POST /api/ipam/prefixes/{id}/available-ips/} to allocate the next free address.
 * Without a token, or with a wrong one, NetBox answers 403 with {@code {"detail": ...}}.
 */
final class Ipam {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final Map<String, String> STATUSES = Map.of(
            "active", "Active", "reserved", "Reserved", "deprecated", "Deprecated", "dhcp", "DHCP", "slaac", "SLAAC");
    private static final Map<String, Integer> TAG_IDS = Map.of("https", 1, "ssh", 2, "postgresql", 3, "backed-up", 7);

    private record Prefix(int id, String network, int vlan, String description) {
        String prefix() {
            return network + ".0/24";
        }
    }

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix(1, "10.0.0", 100, "edge / load balancers"),
            new Prefix(2, "10.0.1", 101, "web tier"),
            new Prefix(3, "10.0.2", 102, "database tier"),
            new Prefix(4, "10.0.3", 103, "cache tier"));

    /** Addresses by id, in id order. */
    private final TreeMap<Integer, ObjectNode> addresses = new TreeMap<>();
    private int nextId;

    Ipam() {
        reset();
    }

    List<Route> routes() {
        String token = "Token " + DevCredentials.NETBOX_TOKEN;
        return List.of(
                Route.get("/api/ipam/prefixes/", "IPAM (NetBox): prefixes, paged by limit and offset", netBox(r -> list(r, prefixes(r), p -> true)))
                        .query("limit", "offset").statuses(200, 400, 403).returns(200, "NetBoxPrefixList").returns(403, "NetBoxDetail")
                        .exampleHeader("Authorization", token),
                Route.get("/api/ipam/ip-addresses/", "IPAM (NetBox): IP addresses; filter by status, tag, dns_name or parent prefix", netBox(this::listAddresses))
                        .query("status", "tag", "dns_name", "parent", "limit", "offset").statuses(200, 400, 403)
                        .returns(200, "NetBoxAddressList").returns(403, "NetBoxDetail")
                        .example("/api/ipam/ip-addresses/?status=active&limit=2").exampleHeader("Authorization", token),
                Route.get("/api/ipam/ip-addresses/{id}/", "IPAM (NetBox): one IP address", netBox(this::readAddress))
                        .statuses(200, 400, 403, 404).returns(200, "NetBoxAddress").returns(403, "NetBoxDetail").returns(404, "NetBoxDetail")
                        .example("/api/ipam/ip-addresses/2/").exampleHeader("Authorization", token),
                Route.post("/api/ipam/prefixes/{id}/available-ips/", "IPAM (NetBox): allocate the next free address of a prefix", netBox(this::allocate))
                        .statuses(201, 400, 403, 404, 409, 413, 415, 422).returns(201, "NetBoxAddress").returns(400, "NetBoxFieldErrors")
                        .returns(403, "NetBoxDetail").returns(404, "NetBoxDetail").returns(409, "NetBoxDetail")
                        .example("/api/ipam/prefixes/2/available-ips/").exampleHeader("Authorization", token)
                        .jsonBody("{\"dns_name\":\"web04.example.test\",\"status\":\"active\",\"tags\":[{\"slug\":\"https\"}]}"),
                Route.delete("/api/ipam/ip-addresses/{id}/", "IPAM (NetBox): release an IP address", netBox(this::release))
                        .statuses(204, 400, 403, 404).returns(403, "NetBoxDetail").returns(404, "NetBoxDetail")
                        .example("/api/ipam/ip-addresses/7/").exampleHeader("Authorization", token));
    }

    private List<ObjectNode> prefixes(KitRequest request) {
        authenticate(request);
        List<ObjectNode> list = new ArrayList<>();
        for (Prefix p : PREFIXES) {
            ObjectNode node = Json.object().put("id", p.id()).put("url", request.baseUrl() + "/api/ipam/prefixes/" + p.id() + "/")
                    .put("display", p.prefix());
            node.putObject("family").put("value", 4).put("label", "IPv4");
            node.put("prefix", p.prefix());
            node.putObject("status").put("value", "active").put("label", "Active");
            node.putObject("vlan").put("vid", p.vlan()).put("name", "vlan" + p.vlan());
            node.put("description", p.description());
            list.add(node);
        }
        return list;
    }

    private ResponseDefinition listAddresses(KitRequest request) {
        authenticate(request);
        Predicate<ObjectNode> filter = a -> true;
        for (String status : request.query().getOrDefault("status", List.of())) {
            filter = filter.and(a -> a.path("status").path("value").asText().equals(status));
        }
        for (String tag : request.query().getOrDefault("tag", List.of())) {
            filter = filter.and(a -> hasTag(a, tag));
        }
        for (String name : request.query().getOrDefault("dns_name", List.of())) {
            filter = filter.and(a -> a.path("dns_name").asText().equals(name));
        }
        for (String parent : request.query().getOrDefault("parent", List.of())) {
            String network = parent.endsWith(".0/24") ? parent.substring(0, parent.length() - ".0/24".length()) : "-";
            filter = filter.and(a -> a.path("address").asText().startsWith(network + "."));
        }
        List<ObjectNode> all;
        synchronized (addresses) {
            all = addresses.values().stream().map(a -> withUrl(request, a)).toList();
        }
        return list(request, all, filter);
    }

    private static boolean hasTag(JsonNode address, String slug) {
        for (JsonNode tag : address.path("tags")) {
            if (tag.path("slug").asText().equals(slug)) {
                return true;
            }
        }
        return false;
    }

    /** One page of {@code items}, NetBox's way: {@code next} and {@code previous} keep every other parameter. */
    private static ResponseDefinition list(KitRequest request, List<ObjectNode> items, Predicate<ObjectNode> filter) {
        List<ObjectNode> matching = items.stream().filter(filter).toList();
        int limit = request.intParam("limit", DEFAULT_LIMIT);
        int offset = request.intParam("offset", 0);
        if (limit < 0 || offset < 0) {
            throw new ApiProblem(400, "bad_parameter", "limit and offset must not be negative");
        }
        // NetBox: limit=0 means "as many as MAX_PAGE_SIZE allows"; more than that is capped.
        int size = limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
        ObjectNode body = Json.object().put("count", matching.size());
        int end = (int) Math.min(matching.size(), (long) offset + size);
        body.put("next", end < matching.size() ? pageUrl(request, size, end) : null);
        body.put("previous", offset > 0 ? pageUrl(request, size, Math.max(0, offset - size)) : null);
        ArrayNode results = body.putArray("results");
        for (int i = offset; i < end; i++) {
            results.add(matching.get(i));
        }
        return Reply.ok(body);
    }

    private static String pageUrl(KitRequest request, int limit, int offset) {
        StringJoiner query = new StringJoiner("&");
        request.query().forEach((name, values) -> {
            if (!name.equals("limit") && !name.equals("offset")) {
                values.forEach(v -> query.add(encode(name) + "=" + encode(v)));
            }
        });
        query.add("limit=" + limit);
        if (offset > 0) {
            query.add("offset=" + offset);
        }
        return request.baseUrl() + request.path() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ResponseDefinition readAddress(KitRequest request) {
        authenticate(request);
        synchronized (addresses) {
            return Reply.ok(withUrl(request, address(request.pathParam("id"))));
        }
    }

    private ResponseDefinition release(KitRequest request) {
        authenticate(request);
        synchronized (addresses) {
            addresses.remove(address(request.pathParam("id")).get("id").asInt());
        }
        return Reply.status(204).empty();
    }

    private ResponseDefinition allocate(KitRequest request) {
        authenticate(request);
        Prefix prefix = PREFIXES.stream().filter(p -> String.valueOf(p.id()).equals(request.pathParam("id"))).findFirst()
                .orElseThrow(() -> new NetBoxError(404, "No Prefix matches the given query."));
        JsonNode body = JsonBody.readObject(request);
        String status = body.path("status").asText("active");
        ObjectNode errors = Json.object();
        if (!STATUSES.containsKey(status)) {
            errors.putArray("status").add("\"" + status + "\" is not a valid choice.");
        }
        String dnsName = body.path("dns_name").asText("");
        if (!dnsName.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")) {
            errors.putArray("dns_name").add("Only alphanumeric characters, asterisks, hyphens, periods, and underscores are allowed in DNS names");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : body.path("tags")) {
            String slug = tag.path("slug").asText(tag.path("name").asText());
            if (!TAG_IDS.containsKey(slug)) {
                errors.putArray("tags").add("Related object not found using the provided attributes: {'slug': '" + slug + "'}");
            }
            tags.add(slug);
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, errors);
        }
        synchronized (addresses) {
            for (int octet = 10; octet < 255; octet++) {
                String address = prefix.network() + "." + octet + "/24";
                if (addresses.values().stream().noneMatch(a -> a.path("address").asText().equals(address))) {
                    ObjectNode created = address(nextId++, address, status, dnsName, tags.toArray(String[]::new));
                    addresses.put(created.get("id").asInt(), created);
                    return Reply.status(201).json(withUrl(request, created));
                }
            }
        }
        return Reply.json(409, Json.object().put("detail", "An insufficient number of IP addresses are available within prefix " + prefix.prefix()));
    }

    private ObjectNode address(String id) {
        try {
            ObjectNode address = addresses.get(Integer.parseInt(id));
            if (address != null) {
                return address;
            }
        } catch (NumberFormatException e) {
            // not a number: no such address, as NetBox answers
        }
        throw notFound();
    }

    private static NetBoxError notFound() {
        return new NetBoxError(404, "No IPAddress matches the given query.");
    }

    /** NetBox (Django REST framework) refuses a missing or wrong token with 403 and a {@code detail}. */
    private static void authenticate(KitRequest request) {
        String header = request.header("Authorization").orElse("");
        if (header.isEmpty()) {
            throw new NetBoxError(403, "Authentication credentials were not provided.");
        }
        if (!header.equals("Token " + DevCredentials.NETBOX_TOKEN)) {
            throw new NetBoxError(403, "Invalid token");
        }
    }

    /** An error with NetBox's body {@code {"detail": ...}} rather than the kit's own. */
    private static final class NetBoxError extends RuntimeException {
        private final int status;

        NetBoxError(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }

        ResponseDefinition toResponse() {
            return Reply.json(status, Json.object().put("detail", getMessage()));
        }
    }

    private static Handler netBox(Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (NetBoxError e) {
                return e.toResponse();
            }
        };
    }

    /** The stored address with its {@code url}, which names the server it was asked from. */
    private static ObjectNode withUrl(KitRequest request, ObjectNode address) {
        ObjectNode copy = Json.object().put("id", address.get("id").asInt())
                .put("url", request.baseUrl() + "/api/ipam/ip-addresses/" + address.get("id").asInt() + "/");
        copy.setAll(address.deepCopy());
        ArrayNode tags = (ArrayNode) copy.get("tags");
        for (JsonNode tag : tags) {
            ((ObjectNode) tag).put("url", request.baseUrl() + "/api/extras/tags/" + tag.get("id").asInt() + "/");
        }
        return copy;
    }

    private static ObjectNode address(int id, String address, String status, String dnsName, String... tags) {
        ObjectNode node = Json.object().put("id", id).put("display", address);
        node.putObject("family").put("value", 4).put("label", "IPv4");
        node.put("address", address);
        node.putNull("vrf");
        node.putNull("tenant");
        node.putObject("status").put("value", status).put("label", STATUSES.get(status));
        node.putNull("role");
        node.put("dns_name", dnsName).put("description", "");
        ArrayNode list = node.putArray("tags");
        for (String slug : tags) {
            list.addObject().put("id", TAG_IDS.get(slug)).put("display", slug).put("name", slug.equals("postgresql") ? "PostgreSQL" : slug)
                    .put("slug", slug);
        }
        return node;
    }

    void reset() {
        synchronized (addresses) {
            addresses.clear();
            List.of(address(1, "10.0.0.5/24", "active", "lb01.example.test", "https"),
                    address(2, "10.0.1.11/24", "active", "web01.example.test", "https", "ssh"),
                    address(3, "10.0.1.12/24", "active", "web02.example.test", "https", "ssh", "backed-up"),
                    address(4, "10.0.1.13/24", "reserved", "web03.example.test", "https"),
                    address(5, "10.0.2.21/24", "active", "db01.example.test", "postgresql", "backed-up"),
                    address(6, "10.0.2.22/24", "active", "db02.example.test", "postgresql"),
                    address(7, "10.0.3.31/24", "deprecated", "cache01.example.test", "ssh"))
                    .forEach(a -> addresses.put(a.get("id").asInt(), a));
            nextId = 8;
        }
    }
}
