package dev.apikata.mock.route;

import java.util.List;

/** A set of routes with one theme (posts and friends, auth, faults...), as listed at start-up. */
public interface RouteGroup {

    /** Short English name shown at start-up and used as the OpenAPI tag. */
    String name();

    List<Route> routes();

    /** Restores the group's initial state; {@code POST /__kit/reset} calls it. */
    default void reset() {}
}
