package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonPlaceholderTest extends ApiTest {

    private static final String NEW_POST = "{\"title\": \"My New Infra Automation\", \"body\": \"This is a test post.\", \"userId\": 10}";

    @Test
    @DisplayName("the seed data has JSONPlaceholder's sizes")
    void seedSizes() {
        assertThat(Http.json(http.get("/posts"))).hasSize(100);
        assertThat(Http.json(http.get("/comments"))).hasSize(500);
        assertThat(Http.json(http.get("/users"))).hasSize(10);
        assertThat(Http.json(http.get("/todos"))).hasSize(200);
    }

    @Test
    @DisplayName("GET /posts/1 answers one post as JSON")
    void getOnePost() {
        HttpResponse<String> response = http.get("/posts/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode post = Http.json(response);
        assertThat(post.get("id").asInt()).isEqualTo(1);
        assertThat(post.get("userId").asInt()).isEqualTo(1);
        assertThat(post.get("title").asText()).isNotBlank();
        assertThat(post.get("body").asText()).contains("\n");
    }

    @Test
    @DisplayName("users have a nested address with geo and a company")
    void userShape() {
        JsonNode user = Http.json(http.get("/users/1"));

        assertThat(user.at("/address/geo/lat").asText()).matches("-?\\d+\\.\\d+");
        assertThat(user.at("/address/city").asText()).isNotBlank();
        assertThat(user.at("/company/name").asText()).isNotBlank();
        assertThat(user.at("/company/catchPhrase").asText()).isNotBlank();
    }

    @Test
    @DisplayName("HEAD answers like GET, with the length but without the body")
    void head() {
        HttpResponse<String> head = http.send(http.request("/posts/1").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(http.get("/posts/1").body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    @DisplayName("a missing resource is 404")
    void missingIs404() {
        assertThat(http.get("/posts/9999").statusCode()).isEqualTo(404);
        assertThat(http.get("/posts/abc").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("filters by one field, several fields, and ignores a field the resource lacks")
    void filtering() {
        JsonNode byPost = Http.json(http.get("/comments?postId=1"));
        assertThat(byPost).hasSize(5).allSatisfy(c -> assertThat(c.get("postId").asInt()).isEqualTo(1));

        JsonNode seedQuery = Http.json(http.get("/comments?userId=1&id=2"));
        assertThat(seedQuery).hasSize(1);
        assertThat(seedQuery.get(0).get("id").asInt()).isEqualTo(2);

        JsonNode anyOf = Http.json(http.get("/posts?id=1&id=3&userId=1"));
        assertThat(anyOf).extracting(p -> p.get("id").asInt()).containsExactly(1, 3);

        JsonNode nested = Http.json(http.get("/users?address.city=" + Http.json(http.get("/users/2")).at("/address/city").asText()));
        assertThat(nested).extracting(u -> u.get("id").asInt()).containsExactly(2);
    }

    @Test
    @DisplayName("_page and _limit page the list with X-Total-Count and a Link header")
    void paging() {
        HttpResponse<String> response = http.get("/posts?_page=2&_limit=10");

        assertThat(Http.json(response)).extracting(p -> p.get("id").asInt()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("100");
        assertThat(response.headers().firstValue("Link").orElseThrow())
                .contains("_page=1&_limit=10>; rel=\"first\"", "_page=1&_limit=10>; rel=\"prev\"", "_page=3&_limit=10>; rel=\"next\"",
                        "_page=10&_limit=10>; rel=\"last\"");
    }

    @Test
    @DisplayName("_sort and _order sort the list")
    void sorting() {
        JsonNode posts = Http.json(http.get("/posts?_sort=id&_order=desc&_limit=2"));
        assertThat(posts).extracting(p -> p.get("id").asInt()).containsExactly(100, 99);
    }

    @Test
    @DisplayName("nested routes list the children of one parent")
    void nestedRoutes() {
        assertThat(Http.json(http.get("/posts/1/comments"))).hasSize(5);
        assertThat(Http.json(http.get("/users/1/posts"))).hasSize(10).allSatisfy(p -> assertThat(p.get("userId").asInt()).isEqualTo(1));
        assertThat(Http.json(http.get("/users/2/todos"))).hasSize(20);
    }

    @Test
    @DisplayName("POST creates: 201, Location, and the post is there on the next GET")
    void postCreates() {
        HttpResponse<String> created = http.sendJson("POST", "/posts", NEW_POST);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = Http.json(created);
        assertThat(body.get("id").asInt()).isEqualTo(101);
        assertThat(created.headers().firstValue("Location")).hasValue(api.baseUrl() + "/posts/101");
        JsonNode fetched = Http.json(http.get("/posts/101"));
        assertThat(fetched.get("title").asText()).isEqualTo("My New Infra Automation");
        assertThat(fetched.get("userId").asInt()).isEqualTo(10);
    }

    @Test
    @DisplayName("PUT replaces, PATCH merges, DELETE removes")
    void putPatchDelete() {
        JsonNode replaced = Http.json(http.sendJson("PUT", "/posts/1", "{\"title\":\"replaced\",\"userId\":1}"));
        assertThat(replaced.get("id").asInt()).isEqualTo(1);
        assertThat(replaced.has("body")).as("PUT drops fields not sent").isFalse();

        JsonNode patched = Http.json(http.sendJson("PATCH", "/posts/2", "{\"title\":\"patched\"}"));
        assertThat(patched.get("title").asText()).isEqualTo("patched");
        assertThat(patched.get("body").asText()).as("PATCH keeps other fields").isNotBlank();

        assertThat(http.delete("/posts/3").statusCode()).isEqualTo(200);
        assertThat(http.get("/posts/3").statusCode()).isEqualTo(404);
        assertThat(http.delete("/posts/3").statusCode()).as("deleting again").isEqualTo(404);
        assertThat(http.sendJson("PUT", "/posts/3", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("reset restores the seed data")
    void resetRestores() {
        http.delete("/posts/1");
        http.sendJson("POST", "/posts", NEW_POST);

        assertThat(http.send(http.request("/__kit/reset").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(200);

        assertThat(http.get("/posts/1").statusCode()).isEqualTo(200);
        assertThat(http.get("/posts/101").statusCode()).isEqualTo(404);
        assertThat(Http.json(http.sendJson("POST", "/posts", NEW_POST)).get("id").asInt()).isEqualTo(101);
    }

    @Test
    @DisplayName("POST to a nested route sets the parent id")
    void nestedCreate() {
        JsonNode comment = Http.json(http.sendJson("POST", "/posts/7/comments", "{\"name\":\"n\",\"email\":\"e@example.test\",\"body\":\"b\"}"));

        assertThat(comment.get("postId").asInt()).isEqualTo(7);
        assertThat(Http.json(http.get("/posts/7/comments"))).hasSize(6);
    }

    @Test
    @DisplayName("N concurrent POSTs give N distinct ids and all are stored")
    void concurrentPosts() {
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<JsonNode>> futures = new ArrayList<>();
            IntStream.range(0, n).forEach(i -> futures.add(CompletableFuture.supplyAsync(
                    () -> Http.json(http.sendJson("POST", "/todos", "{\"userId\":1,\"title\":\"t" + i + "\",\"completed\":false}")), pool)));
            Set<Integer> ids = new HashSet<>();
            futures.forEach(f -> ids.add(f.join().get("id").asInt()));

            assertThat(ids).hasSize(n);
            assertThat(Http.json(http.get("/todos"))).hasSize(200 + n);
        } finally {
            pool.shutdownNow();
        }
    }
}
