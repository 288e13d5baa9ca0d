package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.auth.DevCredentials;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chapter's own examples, with only the base URL changed, get the answers the chapter expects. */
class SeedExamplesTest extends ApiTest {

    /** The chapter's make_api_request() sends these on every call, GET and DELETE included. */
    private HttpRequest.Builder seedRequest(String path) {
        return http.request(path).header("Content-Type", "application/json").header("User-Agent", "InfraAutomation/1.0");
    }

    @Test
    @DisplayName("curl: GET /posts/1, POST /posts with JSON, DELETE /posts/1")
    void curlExamples() {
        assertThat(http.get("/posts/1").statusCode()).isEqualTo(200);
        HttpResponse<String> created = http.sendJson("POST", "/posts",
                "{\"title\": \"My New Infra Automation\", \"body\": \"This is a test post.\", \"userId\": 10}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Http.json(created).get("userId").asInt()).isEqualTo(10);
        assertThat(http.delete("/posts/1").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("Python requests: GET, POST (201), PUT (200) and DELETE (200) of posts with the chapter's headers")
    void pythonCrud() {
        assertThat(http.send(seedRequest("/posts/1").GET().build()).statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(seedRequest("/posts").POST(HttpRequest.BodyPublishers.ofString(
                "{\"title\": \"My New Infra Automation Post\", \"body\": \"This is a test post created via Python requests library for infra automation.\", \"userId\": 101}")).build());
        assertThat(post.statusCode()).isEqualTo(201);
        HttpResponse<String> put = http.send(seedRequest("/posts/1").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"id\": 1, \"title\": \"Updated Infra Automation Title\", \"body\": \"This post has been updated.\", \"userId\": 1}")).build());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).get("title").asText()).isEqualTo("Updated Infra Automation Title");
        assertThat(http.send(seedRequest("/posts/1").DELETE().build()).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("comments with params {userId: 1, id: 2} answer comment 2; users/1 has address and company")
    void queryAndNestedJson() {
        JsonNode comments = Http.json(http.send(http.request("/comments?userId=1&id=2").header("User-Agent", "InfraAutomation/1.0").build()));
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("id").asInt()).isEqualTo(2);

        JsonNode user = Http.json(http.send(http.request("/users/1").header("Accept", "application/json").build()));
        assertThat(user.get("address").has("city")).isTrue();
        assertThat(user.get("company").has("name")).isTrue();
    }

    @Test
    @DisplayName("a nonexistent resource is 404")
    void nonexistentResource() {
        assertThat(http.get("/nonexistent-resource").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the async example's five URLs all answer 200 when fetched at once")
    void concurrentFetches() {
        List<CompletableFuture<HttpResponse<String>>> responses = List.of("/posts/1", "/posts/2", "/posts/3", "/users/1", "/users/2").stream()
                .map(path -> CompletableFuture.supplyAsync(() -> http.get(path)))
                .toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
    }

    @Test
    @DisplayName("get_oauth_token() then make_authenticated_request(): token from the form, Bearer GET and POST on /data")
    void oauthThenData() {
        HttpResponse<String> token = http.send(http.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + DevCredentials.CLIENT_ID
                        + "&client_secret=" + DevCredentials.CLIENT_SECRET + "&scope=read+write"))
                .build());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + Http.json(token).get("access_token").asText();

        HttpResponse<String> get = http.send(http.request("/data").header("Authorization", bearer).header("Content-Type", "application/json").build());
        HttpResponse<String> post = http.send(http.request("/data").header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"hostname\": \"web04\"}")).build());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(post.statusCode()).isEqualTo(201);
    }
}
