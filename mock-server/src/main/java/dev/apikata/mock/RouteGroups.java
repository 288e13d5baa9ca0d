package dev.apikata.mock;

import dev.apikata.mock.auth.AuthRoutes;
import dev.apikata.mock.integrations.IntegrationRoutes;
import dev.apikata.mock.resources.InfraRoutes;
import dev.apikata.mock.resources.JsonPlaceholderRoutes;
import dev.apikata.mock.route.RouteGroup;
import dev.apikata.mock.teaching.TeachingRoutes;
import java.util.List;

/** Every route group of the mock API, in the order they are listed at start-up. */
final class RouteGroups {

    private RouteGroups() {}

    static List<RouteGroup> create(MockApiOptions options) {
        JsonPlaceholderRoutes jsonPlaceholder = new JsonPlaceholderRoutes(options.fakeWrites());
        return List.of(
                jsonPlaceholder,
                new InfraRoutes(jsonPlaceholder.users(), options.fakeWrites()),
                new TeachingRoutes(options.clock()),
                new AuthRoutes(options.clock(), options.tokenLifetime()),
                new IntegrationRoutes(options.clock()));
    }
}
