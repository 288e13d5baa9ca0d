package dev.apikata.mock.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** The kit's own control routes under {@code /__kit}: reset the data, list the routes. */
public final class KitAdminRoutes implements RouteGroup {

    private final Runnable resetAll;
    private final Supplier<List<RouteGroup>> groups;

    public KitAdminRoutes(Runnable resetAll, Supplier<List<RouteGroup>> groups) {
        this.resetAll = resetAll;
        this.groups = groups;
    }

    @Override
    public String id() {
        return "kit";
    }

    @Override
    public String name() {
        return "Kit control";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/__kit/reset", "Restore the seed data and forget per-client state", request -> {
                    resetAll.run();
                    return Reply.ok(Json.object().put("reset", true));
                }).statuses(200, 400).returns(200, "Reset"),
                Route.get("/__kit/routes", "Every route of this server, by group", request -> Reply.ok(routeList()))
                        .statuses(200, 400).returns(200, "RouteList"),
                Route.get("/__kit/openapi.yaml", "This API's OpenAPI document (import it into Postman or Insomnia)",
                        request -> packaged(request, "openapi.yaml", "application/yaml; charset=utf-8"))
                        .statuses(200, 400).returns(200, "application/yaml", "Text"),
                Route.get("/__kit/postman.json", "This API's Postman collection",
                        request -> packaged(request, "apikata.postman_collection.json", Reply.JSON))
                        .statuses(200, 400).returns(200, "PostmanCollection"));
    }

    /** The base URL the description files are written for; served, they name this server's own. */
    public static final String DOCUMENTED_BASE_URL = "http://127.0.0.1:8080";

    /**
     * The description files are copied into the jar next to this class at build time; served with
     * the base URL the client reached (another port, a host name), so an import works as it is.
     */
    private static ResponseDefinition packaged(KitRequest request, String name, String contentType) {
        try (InputStream in = KitAdminRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ApiProblem(404, "not_packaged", name + " is not in this build; see mock-server/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(DOCUMENTED_BASE_URL, request.baseUrl());
            return Reply.status(200).bytes(contentType, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArrayNode routeList() {
        ArrayNode list = Json.array();
        for (RouteGroup group : groups.get()) {
            for (Route route : group.routes()) {
                list.addObject()
                        .put("group", group.name())
                        .put("method", route.method())
                        .put("path", route.template())
                        .put("summary", route.summary());
            }
        }
        return list;
    }
}
