package dev.apikata.auth;

import dev.apikata.course.NotDoneYet;
import java.net.http.HttpRequest;

/**
 * An API key read from the environment and added to every request, in the header the API asks
 * for. Chapter section {@code #api-keys}.
 */
public final class ApiKeyAuth {

    /** The variable the Python version reads. */
    public static final String DEFAULT_VARIABLE = "API_KEY";

    private final Secret key;
    private final KeyPlacement placement;

    private ApiKeyAuth(Secret key, KeyPlacement placement) {
        this.key = key;
        this.placement = placement;
    }

    /**
     * Reads the key from {@code variable} now, at construction: a job without its key stops
     * before its first request. Whitespace around the value is dropped (a key mounted from a file
     * often ends with a newline). Build the object with {@code new ApiKeyAuth(Secret.of(...), placement)}.
     *
     * @throws MissingCredentialException when the variable is not set, empty or blank
     */
    public static ApiKeyAuth fromEnvironment(Environment environment, String variable, KeyPlacement placement) {
        throw NotDoneYet.task("04.2");
    }

    /**
     * Adds the key to {@code request}: {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>},
     * as configured, and nothing else (one header, never the URL).
     *
     * @return {@code request}, for chaining
     */
    public HttpRequest.Builder authenticate(HttpRequest.Builder request) {
        throw NotDoneYet.task("04.2");
    }

    /** The placement and the masked key, {@code ApiKeyAuth[X_API_KEY dev-…89]}: safe to log. */
    @Override
    public String toString() {
        throw NotDoneYet.task("04.2");
    }
}
