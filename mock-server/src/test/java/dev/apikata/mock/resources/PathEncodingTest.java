package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.RawHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Module 02 teaches percent-encoding: path segments are decoded, Location is encoded. */
class PathEncodingTest extends ApiTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "web 02, web%2002",
        "ウェブ01, %E3%82%A6%E3%82%A7%E3%83%9601",
        "a/b, a%2Fb",
        "100%, 100%25",
        "x+y, x%2By",
    })
    @DisplayName("a server with any name can be created, read, replaced, merged and deleted by its encoded name")
    void anyNameRoundTrips(String name, String encoded) {
        HttpResponse<String> created = http.sendJson("POST", "/servers", "{\"name\":\"" + name + "\",\"role\":\"web\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(api.baseUrl() + "/servers/" + encoded);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(Http.json(http.get(location.getRawPath())).get("name").asText()).isEqualTo(name);
        assertThat(Http.json(http.sendJson("PUT", "/servers/" + encoded, "{\"role\":\"db\"}")).get("role").asText()).isEqualTo("db");
        assertThat(Http.json(http.sendJson("PATCH", "/servers/" + encoded, "{\"status\":\"running\"}")).get("role").asText()).isEqualTo("db");
        assertThat(http.delete("/servers/" + encoded).statusCode()).isEqualTo(200);
        assertThat(http.get("/servers/" + encoded).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a name sent unencoded as UTF-8 (as curl sends what you type) is found too")
    void rawUtf8Path() {
        http.sendJson("POST", "/servers", "{\"name\":\"ウェブ01\"}");

        assertThat(RawHttp.exchange(api, "GET /servers/ウェブ01 HTTP/1.1")).startsWith("HTTP/1.1 200").contains("\"name\":\"ウェブ01\"");
    }

    @Test
    @DisplayName("/posts/%31 is post 1")
    void encodedId() {
        assertThat(Http.json(http.get("/posts/%31")).get("id").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/posts/01", "/posts/+1", "/posts/1.0", "/posts/%2B1", "/posts/99999999999999999999"})
    @DisplayName("an id is compared as text, as json-server does: 01 and +1 are not post 1")
    void nonCanonicalIds(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    @DisplayName("a path segment that is not UTF-8 is a 400 that says so")
    void notUtf8() {
        HttpResponse<String> response = http.get("/servers/%FF%FE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("bad_encoding");
    }
}
