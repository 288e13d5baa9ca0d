package dev.apikata.auth;

import static java.lang.System.Logger.Level.DEBUG;

import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;

/**
 * Calls a Bearer-protected API with the tokens of a {@link TokenProvider}: a 401 gets one new
 * token and one more try, never a loop; a 403 is final at once. Chapter section
 * {@code #refresh-once}.
 */
public final class BearerClient {

    // Log with LOG.log(DEBUG, "... {0} ...", value): the test reads what this logger writes.
    private static final System.Logger LOG = System.getLogger(BearerClient.class.getName());

    private final HttpClient http;
    private final URI baseUrl;
    private final TokenProvider tokens;

    /** @param baseUrl the API's root, for example {@code http://127.0.0.1:8080} */
    public BearerClient(HttpClient http, URI baseUrl, TokenProvider tokens) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /**
     * GETs {@code path} (such as {@code /data}) with {@code Authorization: Bearer <token>}.
     * On a 401, invalidates that token, takes a new one from the provider and sends the request
     * once more; a second 401 is final. Logs each request at DEBUG with the masked token and the
     * status; never the token itself.
     *
     * @return the response for any status but 401 and 403 (the caller decides what a 404 means)
     * @throws AuthFailedException for a 403 (without refreshing: new rights do not come with a
     *         new token), or a 401 that a new token did not cure
     */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        throw NotDoneYet.task("04.7");
    }
}
