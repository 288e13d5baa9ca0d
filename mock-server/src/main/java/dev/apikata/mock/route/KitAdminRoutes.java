package dev.apikata.mock.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    public String name() {
        return "Kit control";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/__kit/reset", "Restore the seed data and forget per-client state", request -> {
                    resetAll.run();
                    return Reply.ok(Json.object().put("reset", true));
                }).statuses(200),
                Route.get("/__kit/routes", "Every route of this server, by group", request -> Reply.ok(routeList())),
                Route.get("/__kit/openapi.yaml", "This API's OpenAPI 3.1 document (import it into Postman or Insomnia)",
                        request -> packaged("openapi.yaml", "application/yaml; charset=utf-8")),
                Route.get("/__kit/postman.json", "This API's Postman collection",
                        request -> packaged("apikata.postman_collection.json", Reply.JSON)));
    }

    /** The description files are copied into the jar next to this class at build time. */
    private static ResponseDefinition packaged(String name, String contentType) {
        try (InputStream in = KitAdminRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ApiProblem(404, "not_packaged", name + " is not in this build; see mock-server/" + name);
            }
            return Reply.status(200).bytes(contentType, in.readAllBytes());
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
