package dev.apikata.mock.describe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitAdminRoutes;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import dev.apikata.mock.teaching.StatusCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code openapi.yaml} (OpenAPI 3.0.3) and the Postman collection from the route catalog, so
 * both describe exactly what the server serves. Run {@code DescriptionFilesTest} with
 * {@code -Dapikata.writeDescriptions=true} to refresh the files after changing a route.
 */
public final class ApiDescriptions {

    public static final List<String> ANY_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    public static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    /** Security schemes by path prefix: which protected routes need what. */
    private static final Map<String, String> SECURITY = Map.of(
            "/data", "oauth2", "/secure/admin", "oauth2", "/secure/api-key", "apiKey",
            "/secure/basic", "basic", "/rest/api/2/issue", "jiraBasic", "/api/ipam/", "netboxToken");

    private ApiDescriptions() {}

    public static String openApiYaml(List<RouteGroup> groups) {
        try {
            return YAML.writeValueAsString(openApi(groups));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String postmanJson(List<RouteGroup> groups) {
        try {
            return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(postman(groups)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode openApi(List<RouteGroup> groups) {
        ObjectNode doc = Json.object().put("openapi", "3.0.3");
        doc.putObject("info")
                .put("title", "apikata practice API")
                .put("version", "0.1.0")
                .put("description", "The local mock API of apikata: JSONPlaceholder-compatible resources, infrastructure "
                        + "resources, teaching endpoints, auth and integration look-alikes. Start it with ./kit serve "
                        + "or java -jar mock-server/target/apikata-mock-server.jar. All credentials in this document "
                        + "are DEV ONLY fakes for local practice. Every operation may also answer 400 when a query "
                        + "parameter or a percent-encoding is malformed, and 408 when a request body stops arriving.");
        doc.putArray("servers").addObject().put("url", KitAdminRoutes.DOCUMENTED_BASE_URL).put("description", "./kit serve (default port)");
        ArrayNode tags = doc.putArray("tags");
        groups.forEach(g -> tags.addObject().put("name", g.name()).put("description", g.name() + " of the practice API"));
        ObjectNode paths = doc.putObject("paths");
        for (RouteGroup group : groups) {
            for (Route route : group.routes()) {
                ObjectNode path = paths.has(route.template()) ? (ObjectNode) paths.get(route.template()) : paths.putObject(route.template());
                for (String method : methods(route)) {
                    path.set(method.toLowerCase(Locale.ROOT), operation(group, route, method));
                }
            }
        }
        doc.set("components", components());
        return doc;
    }

    private static ObjectNode operation(RouteGroup group, Route route, String method) {
        ObjectNode op = Json.object();
        op.putArray("tags").add(group.name());
        op.put("summary", route.summary());
        op.put("operationId", operationId(method, route.template()));
        ArrayNode parameters = Json.array();
        Matcher m = PARAM.matcher(route.template());
        while (m.find()) {
            parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                    .set("schema", ParameterTypes.pathParameter(route.template(), m.group(1)));
        }
        for (String query : route.queryParams()) {
            parameters.addObject().put("name", query).put("in", "query").put("required", false)
                    .set("schema", ParameterTypes.queryParameter(query));
        }
        route.example().headers().keySet().stream()
                .filter(h -> !h.equalsIgnoreCase("Authorization"))
                .forEach(h -> parameters.addObject().put("name", h).put("in", "header").put("required", false)
                        .set("schema", Json.object().put("type", "string")));
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        Route.Example example = route.example();
        if (example.body() != null && !method.equals("GET") && !method.equals("DELETE")) {
            ObjectNode media = Json.object();
            media.set("schema", Json.object().put("type", "object"));
            media.set("example", exampleBody(example));
            op.putObject("requestBody").put("required", true).putObject("content").set(example.contentType(), media);
        }
        op.set("responses", responses(route));
        ArrayNode security = op.putArray("security");
        SECURITY.entrySet().stream()
                .filter(e -> route.template().startsWith(e.getKey()))
                .findFirst()
                .ifPresent(e -> {
                    ArrayNode scopes = security.addObject().putArray(e.getValue());
                    if (e.getValue().equals("oauth2")) {
                        scopes.add(route.template().equals("/secure/admin") ? "admin" : method.equals("GET") ? "read" : "write");
                    }
                });
        ObjectNode request = op.putObject("x-apikata-example").put("path", example.path());
        if (!example.headers().isEmpty()) {
            request.set("headers", Json.MAPPER.valueToTree(new java.util.TreeMap<>(example.headers())));
        }
        return op;
    }

    /**
     * Each documented status with its body: the route's own schema, the shared Error for other
     * 4xx/5xx, none for 204 and 304. A 400 can always also be the guard's Error (a bad escape).
     */
    private static ObjectNode responses(Route route) {
        ObjectNode responses = Json.object();
        Set<Integer> statuses = new LinkedHashSet<>(route.statuses());
        statuses.add(400);
        for (int status : statuses) {
            ObjectNode response = responses.putObject(String.valueOf(status))
                    .put("description", StatusCode.reasonPhrase(status));
            Route.Body body = route.bodies().getOrDefault(status, route.bodies().get(Route.ANY_OTHER_STATUS));
            if (status == 204 || status == 304) {
                continue;
            }
            if (body == null && status < 400) {
                throw new IllegalStateException(route.label() + " documents " + status + " without saying what its body is (Route.returns)");
            }
            ObjectNode content = response.putObject("content");
            if (body == null) {
                content.putObject(Route.JSON).set("schema", ref("Error"));
            } else if (status == 400 && !body.schema().equals("Error")) {
                if (body.mediaType().equals(Route.JSON)) {
                    ObjectNode anyOf = Json.object();
                    anyOf.putArray("anyOf").add(ref(body.schema())).add(ref("Error"));
                    content.putObject(Route.JSON).set("schema", anyOf);
                } else {
                    content.putObject(body.mediaType()).set("schema", ref(body.schema()));
                    content.putObject(Route.JSON).set("schema", ref("Error"));
                }
            } else {
                content.putObject(body.mediaType()).set("schema", ref(body.schema()));
            }
        }
        Route.Body any = route.bodies().get(Route.ANY_OTHER_STATUS);
        if (any != null) {
            responses.putObject("default").put("description", "Any other status code")
                    .putObject("content").putObject(any.mediaType()).set("schema", ref(any.schema()));
        }
        return responses;
    }

    private static ObjectNode ref(String schema) {
        return Json.object().put("$ref", "#/components/schemas/" + schema);
    }

    static JsonNode exampleBody(Route.Example example) {
        if (example.contentType().equals("application/json")) {
            try {
                return Json.MAPPER.readTree(example.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("example body of " + example.path() + " is not JSON", e);
            }
        }
        ObjectNode form = Json.object();
        for (String pair : example.body().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }

    private static ObjectNode components() {
        ObjectNode components = Json.object();
        components.set("schemas", schemas());
        ObjectNode schemes = Json.object();
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "DEV ONLY key: dev-only-api-key-0123456789");
        schemes.putObject("basic").put("type", "http").put("scheme", "basic")
                .put("description", "DEV ONLY: admin / dev-only-password");
        schemes.putObject("jiraBasic").put("type", "http").put("scheme", "basic")
                .put("description", "DEV ONLY: dev@example.test / dev-only-jira-token (the e-mail and an API token, as Jira Cloud takes them)");
        schemes.putObject("netboxToken").put("type", "apiKey").put("in", "header").put("name", "Authorization")
                .put("description", "DEV ONLY NetBox token, sent as Authorization: Token 0123456789abcdef0123456789abcdef01234567");
        ObjectNode oauth = schemes.putObject("oauth2").put("type", "oauth2")
                .put("description", "DEV ONLY clients: apikata-dev-client / dev-only-client-secret (read write), "
                        + "apikata-readonly-client / dev-only-readonly-secret (read). Tokens are HS256 JWTs.");
        oauth.putObject("flows").putObject("clientCredentials").put("tokenUrl", "/oauth/token")
                .putObject("scopes").put("read", "read data").put("write", "write data").put("admin", "administration (no dev client has it)");
        components.set("securitySchemes", schemes);
        return components;
    }

    /** The response bodies, written once in openapi-schemas.yaml (test resources). */
    private static JsonNode schemas() {
        try (java.io.InputStream in = ApiDescriptions.class.getResourceAsStream("/openapi-schemas.yaml")) {
            return YAML.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ObjectNode postman(List<RouteGroup> groups) {
        return PostmanCollection.of(groups, openApi(groups));
    }

    public static List<String> methods(Route route) {
        return route.method().equals("ANY") ? ANY_METHODS : List.of(route.method());
    }

    private static String operationId(String method, String template) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String part : template.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    /** Routes as "METHOD /template" pairs, ANY expanded, for the sync checks. */
    public static List<String> operations(List<RouteGroup> groups) {
        List<String> ops = new ArrayList<>();
        for (RouteGroup group : groups) {
            for (Route route : group.routes()) {
                methods(route).forEach(m -> ops.add(m + " " + route.template()));
            }
        }
        return ops;
    }

}
