package dev.apikata.mock.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BadInputTest extends ApiTest {

    @AfterEach
    void serverKeepsServingAndLosesNothing() {
        assertThat(http.get("/posts/1").statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/posts"))).hasSize(100);
    }

    @Test
    @DisplayName("malformed JSON is 400 naming the line and column")
    void malformedJson() {
        HttpResponse<String> response = http.sendJson("POST", "/posts", "{\n  \"title\": \"x\",\n  \"body\": oops\n}");

        JsonNode error = Http.json(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("malformed_json");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isPositive();
        assertThat(error.get("offset").asInt()).as("offset in the body").isBetween(28, 34);
    }

    @Test
    @DisplayName("a body that is not JSON by its Content-Type is 415")
    void wrongContentType() {
        HttpResponse<String> response = http.send(http.request("/posts")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Http.json(response).get("message").asText()).contains("text/plain", "application/json");
    }

    @Test
    @DisplayName("a body over 1 MiB is 413")
    void tooLarge() {
        String big = "{\"body\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";

        HttpResponse<String> response = http.sendJson("POST", "/posts", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).get("limit").asInt()).isEqualTo(JsonBody.MAX_BYTES);
    }

    @Test
    @DisplayName("an unknown route is 404 listing the closest routes")
    void unknownRoute() {
        HttpResponse<String> response = http.get("/postz/1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("closestRoutes")).extracting(JsonNode::asText).contains("GET /posts/{id}");
    }

    @Test
    @DisplayName("a wrong method is 405 with Allow")
    void wrongMethod() {
        HttpResponse<String> response = http.delete("/posts");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
    }

    @Test
    @DisplayName("a JSON array where an object is expected is 422")
    void notAnObject() {
        assertThat(http.sendJson("POST", "/posts", "[1, 2]").statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("the Levenshtein distance behind the suggestions")
    void distance() {
        assertThat(UnmatchedRoutes.distance("/postz", "/posts")).isEqualTo(1);
        assertThat(UnmatchedRoutes.distance("", "/abc")).isEqualTo(4);
        assertThat(UnmatchedRoutes.distance("/users", "/users")).isZero();
    }

    @Test
    @DisplayName("a number too large for a double (1e999999) is a 400 naming where it is, not stored as Infinity")
    void hugeNumber() {
        HttpResponse<String> response = http.sendJson("POST", "/posts", "{\n  \"title\": \"x\",\n  \"score\": 1e999999\n}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response);
        assertThat(error.get("message").asText()).contains("1e999999");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("pointer").asText()).isEqualTo("/score");
        assertThat(http.sendJson("POST", "/posts", "{\"score\": -1E400}").statusCode()).isEqualTo(400);
        assertThat(Http.json(http.sendJson("POST", "/todos", "{\"score\": 1e300}")).get("score").asDouble()).isEqualTo(1e300);
    }

    @Test
    @DisplayName("nesting deeper than the parser allows is a 400 with a line and a column")
    void tooDeep() {
        String deep = "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";

        HttpResponse<String> response = http.sendJson("POST", "/posts", deep);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response);
        assertThat(error.get("message").asText()).containsIgnoringCase("depth");
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("column").asInt()).isGreaterThan(500);
    }
}
