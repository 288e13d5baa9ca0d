package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.data.SeedData;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.util.ArrayList;
import java.util.List;

/** The seed's infrastructure resources: {@code /servers}, {@code /logs}, {@code /users/{id}/profile}. */
public final class InfraRoutes implements RouteGroup {

    private final ResourceCollection servers = new ResourceCollection("servers", "name", SeedData::servers);
    private final ResourceCollection logs = new ResourceCollection("logs", "id", SeedData::logs);
    private final List<Route> routes = new ArrayList<>();

    public InfraRoutes(ResourceCollection users, boolean fakeWrites) {
        RelatedCollections related = new RelatedCollections(List.of(servers, logs));
        routes.addAll(new CollectionRoutes(servers, related, fakeWrites).routes("web01",
                "{\"name\":\"web04\",\"role\":\"web\",\"ip\":\"10.0.1.14\",\"status\":\"provisioning\"}", 3));
        List<Route> logRoutes = new ArrayList<>(new CollectionRoutes(logs, related, fakeWrites).routes("1",
                "{\"date\":\"2023-01-01\",\"type\":\"error\",\"host\":\"web01\",\"message\":\"disk full\"}", 3));
        // The list comes first; document the seed's own query on it.
        logRoutes.set(0, logRoutes.get(0).example("/logs?type=error&date=2023-01-01")
                .query("type", "date", "host", "_page", "_limit", "_start", "_end", "_sort", "_order", "q"));
        routes.addAll(logRoutes);
        routes.add(Route.get("/users/{id}/profile", "The operator profile of a user",
                        request -> CollectionRoutes.found(users.find(request.pathParam("id"))
                                .map(user -> ResourceCollection.Entry.of(SeedData.profile((ObjectNode) user.node())))))
                .statuses(200, 400, 404).returns(200, "Profile").returns(404, "Empty")
                .example("/users/1/profile"));
    }

    @Override
    public String id() {
        return "infrastructure";
    }

    @Override
    public String name() {
        return "Infrastructure resources";
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void reset() {
        servers.reset();
        logs.reset();
    }
}
