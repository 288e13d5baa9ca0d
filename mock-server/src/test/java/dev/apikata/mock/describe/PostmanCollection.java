package dev.apikata.mock.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apikata.mock.auth.DevCredentials;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitAdminRoutes;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Postman collection, written from the routes and openapi.yaml, so that "Run collection" on
 * a fresh server passes from first to last, as a learner runs it: the kit's reset comes first,
 * every request tests its status and the shape of its body (the operation's schema), requests
 * that need credentials carry them from collection variables (DEV ONLY values), the token request
 * keeps its access token for the Bearer requests after it, and deletes remove what the
 * collection created itself, not the seed records later requests read.
 */
final class PostmanCollection {

    private static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    /** Routes whose requests Postman sends with credentials, and how. */
    private static final Map<String, String> CREDENTIALS = Map.of(
            "/data", "bearer", "/secure/admin", "bearer", "/secure/api-key", "apiKey", "/secure/basic", "basic",
            "/rest/api/2/issue", "jira", "/api/ipam/", "netbox");
    private static final Set<String> NOT_JSON_SCHEMA = Set.of("format", "example", "nullable");

    private final JsonNode openApi;

    private PostmanCollection(JsonNode openApi) {
        this.openApi = openApi;
    }

    static ObjectNode of(List<RouteGroup> groups, JsonNode openApi) {
        return new PostmanCollection(openApi).collection(groups);
    }

    private ObjectNode collection(List<RouteGroup> groups) {
        ObjectNode collection = Json.object();
        collection.putObject("info")
                .put("name", "apikata practice API")
                .put("description", "Requests for every route of the apikata mock API, each with tests. Run the whole "
                        + "collection on a running server: it resets the server first. Set baseUrl to what ./kit serve prints "
                        + "(/__kit/postman.json names it already). The credentials in the variables are DEV ONLY fakes.")
                .put("schema", SCHEMA);
        ArrayNode variables = collection.putArray("variable");
        variable(variables, "baseUrl", KitAdminRoutes.DOCUMENTED_BASE_URL);
        variable(variables, "apiKey", DevCredentials.API_KEY);
        variable(variables, "basicUser", DevCredentials.BASIC_USER);
        variable(variables, "basicPassword", DevCredentials.BASIC_PASSWORD);
        variable(variables, "clientId", DevCredentials.CLIENT_ID);
        variable(variables, "clientSecret", DevCredentials.CLIENT_SECRET);
        variable(variables, "jiraUser", DevCredentials.JIRA_USER);
        variable(variables, "jiraToken", DevCredentials.JIRA_API_TOKEN);
        variable(variables, "netboxToken", DevCredentials.NETBOX_TOKEN);
        variable(variables, "accessToken", "");
        ArrayNode folders = collection.putArray("item");
        // The kit's control routes first: POST /__kit/reset makes every later answer the documented one.
        List<RouteGroup> ordered = new ArrayList<>(groups);
        ordered.sort((a, b) -> Boolean.compare(!a.name().equals("Kit control"), !b.name().equals("Kit control")));
        for (RouteGroup group : ordered) {
            ObjectNode folder = folders.addObject().put("name", group.name());
            ArrayNode items = folder.putArray("item");
            for (Route route : group.routes()) {
                for (String method : ApiDescriptions.methods(route)) {
                    items.add(item(group, route, method));
                }
            }
        }
        return collection;
    }

    private static void variable(ArrayNode variables, String key, String value) {
        variables.addObject().put("key", key).put("value", value);
    }

    private ObjectNode item(RouteGroup group, Route route, String method) {
        Route.Example example = route.example();
        String credentials = credentialsOf(route);
        ObjectNode item = Json.object().put("name", method + " " + route.template());
        ObjectNode request = item.putObject("request").put("method", method).put("description", route.summary());
        ArrayNode headers = request.putArray("header");
        example.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(h -> credentials == null || !h.getKey().equalsIgnoreCase("Authorization"))
                .forEach(h -> headers.addObject().put("key", h.getKey()).put("value", h.getValue()));
        if (credentials != null) {
            request.set("auth", auth(credentials, headers));
        }
        boolean withBody = example.body() != null && !method.equals("GET") && !method.equals("DELETE");
        if (withBody) {
            headers.addObject().put("key", "Content-Type").put("value", example.contentType());
        }
        String path = method.equals("DELETE") && createdVariable(group, route) != null
                ? route.template().replaceFirst("\\{[^}]+}$", "{{" + createdVariable(group, route) + "}}")
                : example.path();
        request.set("url", url(path));
        if (withBody && example.contentType().equals("application/json")) {
            ObjectNode body = request.putObject("body").put("mode", "raw").put("raw", example.body());
            body.putObject("options").putObject("raw").put("language", "json");
        } else if (withBody) {
            // Form bodies as Postman's own form editor shows them, one field per row; secrets from the variables.
            ArrayNode fields = request.putObject("body").put("mode", "urlencoded").putArray("urlencoded");
            ApiDescriptions.exampleBody(example).fields().forEachRemaining(f -> fields.addObject().put("key", f.getKey())
                    .put("value", formValue(f.getValue().asText())));
        }
        item.putArray("event").addObject().put("listen", "test")
                .putObject("script").put("type", "text/javascript").set("exec", tests(group, route, method, credentials != null));
        return item;
    }

    private static String credentialsOf(Route route) {
        return CREDENTIALS.entrySet().stream().filter(e -> route.template().startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static ObjectNode auth(String credentials, ArrayNode headers) {
        ObjectNode auth = Json.object();
        switch (credentials) {
            case "bearer" -> auth.put("type", "bearer").putArray("bearer").addObject()
                    .put("key", "token").put("value", "{{accessToken}}").put("type", "string");
            case "basic", "jira" -> {
                ArrayNode basic = auth.put("type", "basic").putArray("basic");
                basic.addObject().put("key", "username").put("value", credentials.equals("basic") ? "{{basicUser}}" : "{{jiraUser}}").put("type", "string");
                basic.addObject().put("key", "password").put("value", credentials.equals("basic") ? "{{basicPassword}}" : "{{jiraToken}}").put("type", "string");
            }
            case "netbox" -> {
                ArrayNode apiKey = auth.put("type", "apikey").putArray("apikey");
                apiKey.addObject().put("key", "key").put("value", "Authorization").put("type", "string");
                apiKey.addObject().put("key", "value").put("value", "Token {{netboxToken}}").put("type", "string");
                apiKey.addObject().put("key", "in").put("value", "header").put("type", "string");
            }
            default -> {
                auth.put("type", "noauth");
                headers.addObject().put("key", "X-API-Key").put("value", "{{apiKey}}");
            }
        }
        return auth;
    }

    private static String formValue(String value) {
        if (value.equals(DevCredentials.CLIENT_ID)) {
            return "{{clientId}}";
        }
        return value.equals(DevCredentials.CLIENT_SECRET) ? "{{clientSecret}}" : value;
    }

    /** The variable a collection's POST fills with the new record's key, for its DELETE; null where none. */
    private static String createdVariable(RouteGroup group, Route route) {
        String base = route.template().replaceFirst("/\\{[^}]+}$", "");
        boolean created = group.routes().stream().anyMatch(r -> r.method().equals("POST") && r.template().equals(base));
        return created && !base.equals(route.template()) ? "created_" + base.substring(1).replace('/', '_') : null;
    }

    private static ObjectNode url(String path) {
        String[] pathAndQuery = path.split("\\?", 2);
        ObjectNode url = Json.object().put("raw", "{{baseUrl}}" + path);
        url.putArray("host").add("{{baseUrl}}");
        ArrayNode segments = url.putArray("path");
        // Postman sends these segments, not "raw": a trailing slash (NetBox's paths) is an empty last segment.
        for (String segment : pathAndQuery[0].substring(1).split("/", -1)) {
            segments.add(segment);
        }
        if (pathAndQuery.length > 1) {
            ArrayNode query = url.putArray("query");
            for (String pair : pathAndQuery[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.addObject().put("key", kv[0]).put("value", kv.length > 1 ? kv[1] : "");
            }
        }
        return url;
    }

    /** The status the example answers (with credentials: the first one but 401), and the body's shape. */
    private ArrayNode tests(RouteGroup group, Route route, String method, boolean withCredentials) {
        JsonNode operation = openApi.get("paths").get(route.template()).get(method.toLowerCase(Locale.ROOT));
        String status = null;
        for (Iterator<String> statuses = operation.get("responses").fieldNames(); statuses.hasNext() && status == null; ) {
            String candidate = statuses.next();
            if (!withCredentials || !candidate.equals("401")) {
                status = candidate;
            }
        }
        ArrayNode lines = Json.array();
        String name = method + " " + route.template();
        lines.add("pm.test(" + quote(name + " answers " + status) + ", function () {");
        lines.add("    pm.response.to.have.status(" + status + ");");
        lines.add("});");
        JsonNode content = operation.get("responses").get(status).path("content");
        if (content.has("application/json")) {
            lines.add("pm.test(" + quote("the body has the documented shape") + ", function () {");
            lines.add("    pm.response.to.have.jsonSchema(" + Json.text(jsonSchema(content.get("application/json").get("schema"))) + ");");
            lines.add("});");
        } else if (content.size() > 0) {
            lines.add("pm.test(" + quote("the body is text") + ", function () {");
            lines.add("    pm.expect(pm.response.text()).to.be.a('string').and.not.be.empty;");
            lines.add("});");
        } else {
            lines.add("pm.test(" + quote("there is no body") + ", function () {");
            lines.add("    pm.expect(pm.response.text()).to.equal('');");
            lines.add("});");
        }
        if (route.template().equals("/oauth/token")) {
            lines.add("pm.collectionVariables.set('accessToken', pm.response.json().access_token);");
        }
        String created = group.routes().stream()
                .filter(r -> r.method().equals("DELETE") && r != route)
                .map(r -> createdVariable(group, r)).filter(v -> v != null && v.equals("created_" + route.template().substring(1).replace('/', '_')))
                .findFirst().orElse(null);
        if (method.equals("POST") && created != null) {
            String key = route.template().equals("/servers") ? "name" : "id";
            lines.add("pm.collectionVariables.set('" + created + "', String(pm.response.json()." + key + "));");
        }
        return lines;
    }

    private static String quote(String text) {
        return Json.text(new TextNode(text));
    }

    /** The operation's schema as plain JSON Schema for Postman: references inlined, OpenAPI's own keywords translated. */
    private JsonNode jsonSchema(JsonNode schema) {
        if (schema.isArray()) {
            ArrayNode items = Json.array();
            schema.forEach(item -> items.add(jsonSchema(item)));
            return items;
        }
        if (!schema.isObject()) {
            return schema;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return jsonSchema(openApi.get("components").get("schemas").get(name));
        }
        ObjectNode plain = Json.object();
        schema.fields().forEachRemaining(field -> {
            if (!NOT_JSON_SCHEMA.contains(field.getKey())) {
                boolean schemaMap = field.getKey().equals("properties");
                if (schemaMap) {
                    ObjectNode properties = plain.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), jsonSchema(p.getValue())));
                } else {
                    plain.set(field.getKey(), field.getValue().isContainerNode() ? jsonSchema(field.getValue()) : field.getValue());
                }
            }
        });
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            plain.putArray("type").add(schema.get("type").asText()).add("null");
        }
        return plain;
    }
}
