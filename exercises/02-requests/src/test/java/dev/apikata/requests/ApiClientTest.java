package dev.apikata.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 02, task 02.7: the ApiClient builds each request from its base URL (here one with the
 * path prefix /api/v2), its default headers and the call's own, and sends it through the one
 * HttpClient it was given. It hands back every response as it is.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:02.7")
@DisplayName("02.7 ApiClient: base URL, default headers, one HttpClient")
class ApiClientTest {

    private static final String JSON_TYPE = "(?i)application/json\\s*(;.*)?";
    private static final String SERVERS_JSON = """
            [{"name": "web01", "role": "web", "status": "running"}]""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private CountingHttpClient http;
    private ApiClient client;

    @BeforeEach
    void newClient() {
        http = new CountingHttpClient();
        client = new ApiClient(URI.create(api.url("/api/v2/")), ApiClient.DEFAULT_HEADERS, http);
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> received = api.findAll(anyRequestedFor(anyUrl()));
        assertThat(received).as("the requests the server received").hasSize(1);
        return received.get(0);
    }

    @Test
    @DisplayName("get(\"servers\", {role=web}) is GET /api/v2/servers?role=web with the default headers, and returns the answer")
    void getWithQueryAndDefaults() throws Exception {
        api.stubFor(get(urlPathEqualTo("/api/v2/servers")).willReturn(okJson(SERVERS_JSON)));

        HttpResponse<String> response = client.get("servers", Map.of("role", "web"));

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(200);
        assertThat(response.body()).as("the body of the answer").isEqualTo(SERVERS_JSON);
        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers?role=web"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("InfraAutomation/1.0")));
    }

    @Test
    @DisplayName("a leading slash in the path keeps the prefix: get(\"/servers/web01\") is GET /api/v2/servers/web01")
    void leadingSlashKeepsPrefix() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.get("/servers/web01");

        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers/web01")));
    }

    @Test
    @DisplayName("a base URL without a trailing slash keeps its prefix too")
    void baseWithoutTrailingSlash() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        ApiClient noSlash = new ApiClient(URI.create(api.url("/api/v2")), ApiClient.DEFAULT_HEADERS, http);

        noSlash.get("users/123/profile");

        api.verify(getRequestedFor(urlEqualTo("/api/v2/users/123/profile")));
    }

    @Test
    @DisplayName("query parameters are added to a query the path already has")
    void pathWithQuery() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("[]")));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("date", "2023-01-01");

        client.get("logs?type=error", query);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).as("the URL of the request").startsWith("/api/v2/logs?");
        assertThat(Encoded.form(request.getUrl().substring("/api/v2/logs?".length())))
                .as("the query of %s, read back", request.getUrl())
                .isEqualTo(Map.of("type", List.of("error"), "date", List.of("2023-01-01")));
    }

    @Test
    @DisplayName("a per-call header overrides the default of the same name, whatever its case, and is sent once")
    void perCallHeaderWins() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(ok("name,status\nweb01,running\n")));

        client.send("GET", "servers", Map.of(), Map.of("accept", "text/csv"), null);

        assertThat(onlyRequest().getHeaders().getHeader("Accept").values())
                .as("every Accept header of the request, after a call with {accept: text/csv}")
                .containsExactly("text/csv");
        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers")).withHeader("User-Agent", equalTo("InfraAutomation/1.0")));
    }

    @Test
    @DisplayName("a per-call header is for that call only: the next call does not carry it")
    void perCallHeaderDoesNotLeak() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.send("GET", "servers/web01", Map.of(), Map.of("X-Request-Id", "run-42"), null);
        client.get("servers/web02");

        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers/web01")).withHeader("X-Request-Id", equalTo("run-42")));
        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers/web02")).withHeader("X-Request-Id", absent()));
    }

    @Test
    @DisplayName("a GET sends no Content-Type: there is no body to describe")
    void getHasNoContentType() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.get("servers/web01");

        api.verify(getRequestedFor(urlEqualTo("/api/v2/servers/web01")).withHeader("Content-Type", absent()));
        assertThat(onlyRequest().getBody()).as("the body of the GET").isEmpty();
    }

    @Test
    @DisplayName("post with a JSON body sends it as UTF-8, labelled with the body's Content-Type")
    void postJsonBody() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(status(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": 9, \"name\": \"ウェブ01\"}")));
        String json = "{\"name\": \"ウェブ01\", \"role\": \"web\"}";

        HttpResponse<String> response = client.post("servers", new Body("application/json", json));

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(201);
        api.verify(postRequestedFor(urlEqualTo("/api/v2/servers"))
                .withHeader("Content-Type", matching(JSON_TYPE))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson(json)));
        assertThat(new String(onlyRequest().getBody(), StandardCharsets.UTF_8))
                .as("the bytes of the body, read as UTF-8").isEqualTo(json);
    }

    @Test
    @DisplayName("post with a form body sends it labelled as a form")
    void postFormBody() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{\"access_token\": \"t\"}")));

        client.post("oauth/token", new Body("application/x-www-form-urlencoded", "grant_type=client_credentials&scope=read+write"));

        api.verify(postRequestedFor(urlEqualTo("/api/v2/oauth/token"))
                .withHeader("Content-Type", matching("(?i)application/x-www-form-urlencoded\\s*(;.*)?"))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=read+write")));
    }

    @Test
    @DisplayName("a Content-Type given for the call wins over the body's: PATCH with application/merge-patch+json")
    void perCallContentTypeWins() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.send("PATCH", "servers/web01", Map.of(), Map.of("content-type", "application/merge-patch+json"),
                new Body("application/json", "{\"status\": \"maintenance\"}"));

        assertThat(onlyRequest().getHeaders().getHeader("Content-Type").values())
                .as("every Content-Type header of the PATCH").containsExactly("application/merge-patch+json");
        api.verify(patchRequestedFor(urlEqualTo("/api/v2/servers/web01")).withRequestBody(equalToJson("{\"status\": \"maintenance\"}")));
    }

    @Test
    @DisplayName("put sends a PUT with the body and its Content-Type")
    void putWithBody() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{\"name\": \"web01\", \"status\": \"running\", \"version\": 7}")));

        HttpResponse<String> response = client.put("servers/web01",
                new Body("application/json", "{\"name\": \"web01\", \"status\": \"running\"}"));

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(200);
        assertThat(response.body()).as("the body of the answer").contains("\"version\": 7");
        api.verify(putRequestedFor(urlEqualTo("/api/v2/servers/web01"))
                .withHeader("Content-Type", matching(JSON_TYPE))
                .withRequestBody(equalToJson("{\"name\": \"web01\", \"status\": \"running\"}")));
    }

    @Test
    @DisplayName("delete sends a DELETE without body or Content-Type")
    void deleteWithoutBody() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(status(204)));

        HttpResponse<String> response = client.delete("servers/web03");

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(204);
        api.verify(deleteRequestedFor(urlEqualTo("/api/v2/servers/web03")).withHeader("Content-Type", absent()));
        assertThat(onlyRequest().getBody()).as("the body of the DELETE").isEmpty();
    }

    @Test
    @DisplayName("every call goes through the one HttpClient the ApiClient was given")
    void oneSharedHttpClient() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.get("servers");
        client.post("servers", new Body("application/json", "{\"name\": \"web04\"}"));
        client.delete("servers/web04");

        assertThat(http.sent()).as("requests sent through the given HttpClient, after three calls").isEqualTo(3);
        assertThat(api.findAll(anyRequestedFor(anyUrl()))).as("requests the server received").hasSize(3);
    }

    @Test
    @DisplayName("an error status comes back as a response: what it means is for the caller to decide")
    void errorStatusIsReturned() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(status(503).withBody("{\"error\": \"maintenance\"}")));

        HttpResponse<String> response = client.get("servers");

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(503);
        assertThat(response.body()).as("the body of the answer").isEqualTo("{\"error\": \"maintenance\"}");
    }

    @Test
    @DisplayName("a 404 comes back as a response too: for some calls \"not found\" is the answer, not a failure")
    void notFoundIsReturned() throws Exception {
        api.stubFor(any(anyUrl()).willReturn(status(404).withBody("{\"error\": \"no server named web09\"}")));

        HttpResponse<String> response = client.get("servers/web09");

        assertThat(response.statusCode()).as("the status of the answer").isEqualTo(404);
        assertThat(response.body()).as("the body of the answer").isEqualTo("{\"error\": \"no server named web09\"}");
    }

    @Test
    @DisplayName("a reset connection reaches the caller as an IOException")
    void connectionFailurePropagates() {
        api.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown = catchThrowable(() -> client.get("servers"));

        assertThat(thrown).as("get(\"servers\") when the connection is reset: an IOException, or an exception caused by one")
                .isNotNull()
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
    }
}
