package dev.apikata.mock.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
                Route.get("/__kit/routes", "Every route of this server, by group", request -> Reply.ok(routeList())));
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
