package dev.apikata.http.status;

import java.net.URI;
import java.util.Map;

/**
 * What an attempt to create a resource came to: three answers a caller acts on differently, as
 * values rather than exceptions. Given: you do not need to change these types.
 */
public sealed interface CreateResult {

    /** 201 Created: the new resource lives at {@code location}, an absolute URI. */
    record Created(URI location) implements CreateResult {
    }

    /** 409 Conflict: a resource with this name exists already. For "make sure it exists", that is fine. */
    record AlreadyExists(String name) implements CreateResult {
    }

    /** 422: the server understood the request but refused its content; one message per field. */
    record Invalid(Map<String, String> fieldErrors) implements CreateResult {
        public Invalid {
            fieldErrors = Map.copyOf(fieldErrors);
        }
    }
}
