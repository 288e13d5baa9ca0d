package dev.apikata.http.methods;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final String JSON = "application/json";

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
        HttpResponse<String> response = send(post(id).GET());
        return switch (response.statusCode()) {
            case 200 -> Optional.of(json.readValue(response.body(), Post.class));
            case 404 -> Optional.empty();
            default -> throw new UnexpectedStatusException(response);
        };
    }

    /** Fetches every post with GET {@code /posts}. Chapter section {@code #get-list}. */
    public List<Post> list() throws IOException, InterruptedException {
        HttpResponse<String> response = send(posts().GET());
        if (response.statusCode() != 200) {
            throw new UnexpectedStatusException(response);
        }
        return json.readValue(response.body(), new TypeReference<List<Post>>() { });
    }

    /**
     * Creates a post with POST {@code /posts} and returns it as the server stored it, with the id
     * it assigned. Chapter section {@code #post-create}.
     *
     * @throws UnexpectedStatusException unless the server answers 201 Created
     */
    public Post create(NewPost post) throws IOException, InterruptedException {
        HttpResponse<String> response = send(posts().POST(jsonBody(post)).header("Content-Type", JSON));
        if (response.statusCode() != 201) {
            throw new UnexpectedStatusException(response);
        }
        return json.readValue(response.body(), Post.class);
    }

    /**
     * Replaces post {@code id} with {@code post} (PUT {@code /posts/{id}}) and returns what the
     * server answered. Chapter section {@code #put-and-idempotency}.
     */
    public Post replace(long id, Post post) throws IOException, InterruptedException {
        return expectPost(send(post(id).PUT(jsonBody(post)).header("Content-Type", JSON)));
    }

    /**
     * Changes only the given fields of post {@code id} (PATCH {@code /posts/{id}}) and returns the
     * whole post as the server answered it. Chapter section {@code #patch-partial-update}.
     */
    public Post update(long id, Map<String, Object> changes) throws IOException, InterruptedException {
        // HttpRequest.Builder has no PATCH(): any method name goes through method(...).
        return expectPost(send(post(id).method("PATCH", jsonBody(changes)).header("Content-Type", JSON)));
    }

    /**
     * Deletes post {@code id} (DELETE {@code /posts/{id}}). Chapter section
     * {@code #delete-idempotent}.
     *
     * @return {@link DeleteOutcome#DELETED} for 200 or 204, {@link DeleteOutcome#ALREADY_ABSENT} for 404
     * @throws UnexpectedStatusException for any other status: 202 (accepted, not deleted yet), 401, 403, 500...
     */
    public DeleteOutcome delete(long id) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post(id).DELETE());
        return switch (response.statusCode()) {
            case 200, 204 -> DeleteOutcome.DELETED;
            // DELETE is idempotent: a 404 means the goal is already reached.
            case 404 -> DeleteOutcome.ALREADY_ABSENT;
            default -> throw new UnexpectedStatusException(response);
        };
    }

    /**
     * Whether post {@code id} exists, asked with HEAD {@code /posts/{id}}: headers only, no body.
     * Chapter section {@code #head-existence}.
     *
     * @throws UnexpectedStatusException for any status other than 200 and 404
     */
    public boolean exists(long id) throws IOException, InterruptedException {
        HttpRequest request = post(id).method("HEAD", BodyPublishers.noBody()).build();
        HttpResponse<Void> response = http.send(request, BodyHandlers.discarding());
        return switch (response.statusCode()) {
            case 200 -> true;
            case 404 -> false;
            default -> throw new UnexpectedStatusException(response);
        };
    }

    private HttpRequest.Builder posts() {
        return HttpRequest.newBuilder(baseUrl.resolve("/posts")).header("Accept", JSON);
    }

    private HttpRequest.Builder post(long id) {
        return HttpRequest.newBuilder(baseUrl.resolve("/posts/" + id)).header("Accept", JSON);
    }

    private HttpRequest.BodyPublisher jsonBody(Object value) throws IOException {
        return BodyPublishers.ofString(json.writeValueAsString(value));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private Post expectPost(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new UnexpectedStatusException(response);
        }
        return json.readValue(response.body(), Post.class);
    }
}
