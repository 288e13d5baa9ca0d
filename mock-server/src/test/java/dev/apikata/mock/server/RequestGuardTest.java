package dev.apikata.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.RawHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What reaches the server before any route: bad escapes, odd methods, admin parameters, browsers. */
class RequestGuardTest extends ApiTest {

    @AfterEach
    void serverKeepsServing() {
        assertThat(http.get("/posts/1").statusCode()).isEqualTo(200);
    }

    private static void assertJsonError(String rawResponse, int status, String error) {
        assertThat(rawResponse).startsWith("HTTP/1.1 " + status).containsIgnoringCase("Content-Type: application/json")
                .doesNotContain("<html", "at org.eclipse", "at com.github");
        assertThat(rawResponse).contains("\"error\":\"" + error + "\"");
    }

    @Test
    @DisplayName("curl -d '{\"title\": \"100% done\"}' without a Content-Type: 415 in JSON, not a 500 page")
    void percentInAFormEncodedJsonBody() {
        HttpResponse<String> response = http.send(http.request("/posts")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"100% done\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    @DisplayName("a form body with a bad escape is a 400 naming it where a form is read")
    void percentInAFormBody() {
        HttpResponse<String> response = http.send(http.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=100%"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("message").asText()).contains("'100%'");
    }

    @Test
    @DisplayName("?q=100% is a 400 naming the bad escape and where it is")
    void percentInTheQuery() {
        String response = RawHttp.exchange(api, "GET /posts?q=100% HTTP/1.1");

        assertJsonError(response, 400, "bad_encoding");
        assertThat(response).contains("\"escape\":\"%\"", "\"position\":5", "%25");
        assertJsonError(RawHttp.exchange(api, "GET /posts?title=%zzdisk HTTP/1.1"), 400, "bad_encoding");
    }

    @Test
    @DisplayName("a path Jetty cannot decode is a JSON 400 too")
    void percentInThePath() {
        assertJsonError(RawHttp.exchange(api, "GET /posts/100% HTTP/1.1"), 400, "bad_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT 127.0.0.1:80 HTTP/1.1", "CONNECT /posts HTTP/1.1", "TRACE /posts HTTP/1.1"})
    @DisplayName("CONNECT and TRACE are 405 with Allow, not an empty 200")
    void proxyMethods(String requestLine) {
        String response = RawHttp.exchange(api, requestLine);

        assertJsonError(response, 405, "method_not_allowed");
        assertThat(response).contains("Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "99999999999"})
    @DisplayName("the journal's limit must be a whole number: 400 in JSON otherwise")
    void journalLimit(String limit) {
        HttpResponse<String> response = http.get("/__admin/requests?limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("message").asText()).contains("limit", limit);
        assertThat(Http.json(http.get("/__admin/requests?limit=2")).get("requests").size()).isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("a backslash in an admin path is a JSON 400")
    void backslashInAdminPath() {
        assertJsonError(RawHttp.exchange(api, "GET /__admin\\requests HTTP/1.1"), 400, "bad_path");
        assertJsonError(RawHttp.exchange(api, "GET /__admin/requests\\..\\mappings HTTP/1.1"), 400, "bad_path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__admin/files", "/__admin/files/secret.txt", "/__files/secret.txt", "/__files"})
    @DisplayName("WireMock's file routes are not served: 404 in JSON")
    void noFileRoutes(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("no_such_route");
        assertThat(http.send(http.request(path).PUT(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a browser's preflight gets 204 allowing every method and the headers it asked for")
    void preflight() {
        HttpResponse<String> response = http.send(http.request("/posts/1")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PATCH", "PUT", "DELETE");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("authorization, content-type");
        assertThat(http.get("/__admin/requests?limit=1").body()).as("a preflight is not a request of the page").doesNotContain("OPTIONS");
    }

    @Test
    @DisplayName("a preflight from a public page to this loopback server is allowed (Private Network Access)")
    void privateNetworkAccess() {
        HttpResponse<String> response = http.send(http.request("/data")
                .header("Origin", "https://editor.swagger.io")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Private-Network", "true")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/posts", "/posts/9999", "/nowhere", "/__admin/requests?limit=1", "/__kit/routes", "/status/500", "/secure/basic"})
    @DisplayName("every answer lets a page of any origin read it, errors included, and read the useful headers")
    void corsOnEveryAnswer(String path) {
        HttpResponse<String> response = http.send(http.request(path).header("Origin", "http://localhost:5173").build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow()).isIn("*", "http://localhost:5173");
        assertThat(response.headers().allValues("Access-Control-Expose-Headers")).hasSize(1)
                .first().asString().contains("Location", "Link", "X-Total-Count", "Retry-After", "X-RateLimit-Remaining", "WWW-Authenticate");
    }

    @Test
    @DisplayName("CORS headers also on JSON errors Jetty writes itself")
    void corsOnJettyErrors() {
        assertThat(RawHttp.exchange(api, "GET /posts?q=100% HTTP/1.1")).contains("Access-Control-Allow-Origin: *");
        assertThat(RawHttp.exchange(api, "GET /posts/100% HTTP/1.1")).contains("Access-Control-Allow-Origin: *");
    }

    @Test
    @DisplayName("a plain OPTIONS names the methods of the path: 204 with Allow")
    void plainOptions() {
        HttpResponse<String> response = http.send(http.request("/posts").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> unknown = http.send(http.request("/postz").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode error = Http.json(unknown);
        assertThat(error.get("error").asText()).isEqualTo("no_such_route");
    }
}
