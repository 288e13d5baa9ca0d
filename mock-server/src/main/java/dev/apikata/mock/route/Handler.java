package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** What a route does with a request. */
@FunctionalInterface
public interface Handler {
    ResponseDefinition handle(KitRequest request);
}
