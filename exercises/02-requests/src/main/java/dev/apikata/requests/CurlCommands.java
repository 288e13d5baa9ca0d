package dev.apikata.requests;

import dev.apikata.course.NotDoneYet;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * The chapter's curl commands as Java requests: each method returns the request that the curl
 * command in its comment sends to {@code base} (for example {@code http://127.0.0.1:8080}, or
 * {@code http://127.0.0.1:8080/api/v2} with a path prefix, which {@code $BASE/posts/1} keeps). Chapter
 * 02, section {@code #curl-to-java}.
 */
public final class CurlCommands {

    private CurlCommands() {
    }

    /** {@code curl $BASE/posts/1} */
    public static HttpRequest getPost(URI base) {
        throw NotDoneYet.task("02.6");
    }

    /**
     * <pre>{@code
     * curl -X POST -H "Content-Type: application/json" \
     *      -d '{"title": "My New Infra Automation", "body": "This is a test post.", "userId": 10}' \
     *      $BASE/posts
     * }</pre>
     */
    public static HttpRequest createPost(URI base) {
        throw NotDoneYet.task("02.6");
    }

    /** {@code curl -X DELETE $BASE/posts/1} */
    public static HttpRequest deletePost(URI base) {
        throw NotDoneYet.task("02.6");
    }

    /**
     * <pre>{@code
     * curl -d grant_type=client_credentials -d client_id=apikata-dev-client \
     *      -d client_secret=dev-only-client-secret --data-urlencode "scope=read write" \
     *      $BASE/oauth/token
     * }</pre>
     *
     * The credentials are the practice API's, for development only.
     */
    public static HttpRequest requestToken(URI base) {
        throw NotDoneYet.task("02.6");
    }
}
