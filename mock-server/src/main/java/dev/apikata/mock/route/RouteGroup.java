package dev.apikata.mock.route;

import java.util.List;

/** A set of routes with one theme (posts and friends, auth, faults...), as listed at start-up. */
public interface RouteGroup {

    /** Short English name, the OpenAPI tag and Postman folder. */
    String name();

    /** A stable key for the group's name in the learner's language ({@code group.<id>} in the messages). */
    String id();

    List<Route> routes();

    /** Restores the group's initial state; {@code POST /__kit/reset} calls it. */
    default void reset() {}
}
