package dev.apikata.http.methods;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client for the {@code /posts} resource of a JSONPlaceholder-style API: one method per HTTP
 * method. Every call may throw {@link IOException} (the connection failed) or
 * {@link InterruptedException} (the waiting thread was interrupted). Read chapter 01:
 * chapters/ja/01-http-methods.md or chapters/en/01-http-methods.md.
 */
public final class PostsClient {

    private final URI baseUrl;
    // One HttpClient for the life of this object, reused by every call (it pools connections),
    // like a requests.Session in Python.
    private final HttpClient http;
    // A tolerant reader: fields this client does not know are ignored, so the API may grow.
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param baseUrl the API's root, for example {@code http://127.0.0.1:8080} */
    public PostsClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Fetches post {@code id} with GET {@code /posts/{id}}. A 404 means there is no such post: an
     * empty result, not an error. Chapter section {@code #get-one}.
     *
     * @throws UnexpectedStatusException for any status other than 200 and 404 (401 and 403 do not mean absent)
     */
    public Optional<Post> find(long id) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.2");
    }

    /** Fetches every post with GET {@code /posts}. Chapter section {@code #get-list}. */
    public List<Post> list() throws IOException, InterruptedException {
        throw NotDoneYet.task("01.3");
    }

    /**
     * Creates a post with POST {@code /posts} and returns it as the server stored it, with the id
     * it assigned. Chapter section {@code #post-create}.
     *
     * @throws UnexpectedStatusException unless the server answers 201 Created
     */
    public Post create(NewPost post) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.4");
    }

    /**
     * Replaces post {@code id} with {@code post} (PUT {@code /posts/{id}}) and returns what the
     * server answered. Chapter section {@code #put-and-idempotency}.
     */
    public Post replace(long id, Post post) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.5");
    }

    /**
     * Changes only the given fields of post {@code id} (PATCH {@code /posts/{id}}) and returns the
     * whole post as the server answered it. Chapter section {@code #patch-partial-update}.
     */
    public Post update(long id, Map<String, Object> changes) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.6");
    }

    /**
     * Deletes post {@code id} (DELETE {@code /posts/{id}}). Chapter section
     * {@code #delete-idempotent}.
     *
     * @return {@link DeleteOutcome#DELETED} for 200 or 204, {@link DeleteOutcome#ALREADY_ABSENT} for 404
     * @throws UnexpectedStatusException for any other status: 202 (accepted, not deleted yet), 401, 403, 500...
     */
    public DeleteOutcome delete(long id) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.7");
    }

    /**
     * Whether post {@code id} exists, asked with HEAD {@code /posts/{id}}: headers only, no body.
     * Chapter section {@code #head-existence}.
     *
     * @throws UnexpectedStatusException for any status other than 200 and 404
     */
    public boolean exists(long id) throws IOException, InterruptedException {
        throw NotDoneYet.task("01.8");
    }
}
