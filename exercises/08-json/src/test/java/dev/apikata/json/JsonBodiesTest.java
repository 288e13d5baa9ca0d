package dev.apikata.json;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 08, task 08.5: the test server answers, the test fetches the response, and read(...)
 * either returns the body as a User or throws an UnexpectedBodyException that says what came.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:08.5")
@DisplayName("08.5 JsonBodies.read: check that the body is JSON before reading it")
class JsonBodiesTest {

    private static final User LEANNE = new User(1, "Leanne Graham", "Bret", "Sincere@april.biz");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // What an nginx in front of the API answers when the API is down: a page for people, not JSON.
    private static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n"
            + "<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n".repeat(6) + "</body>\r\n</html>\r\n";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final JsonBodies bodies = new JsonBodies(TestJson.RESPONSES);

    private static HttpResponse<String> fetch(ResponseDefinitionBuilder answer) throws Exception {
        api.stubFor(get(urlEqualTo("/users/1")).willReturn(answer));
        return HTTP.send(HttpRequest.newBuilder(URI.create(api.url("/users/1"))).build(), BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "Content-Type: {0} is JSON")
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
        "application/vnd.api+json"})
    void jsonTypes(String contentType) throws Exception {
        HttpResponse<String> response = fetch(aResponse().withHeader("Content-Type", contentType).withBody(TestJson.USER_1));

        assertThat(bodies.read(response, User.class)).as("read(...) of user 1 labelled %s", contentType).isEqualTo(LEANNE);
    }

    @ParameterizedTest(name = "{0} with Content-Type {1} is read: what the status means is for the caller to decide")
    @CsvSource({"422, application/problem+json", "404, application/json"})
    void statusIsNotJudged(int status, String contentType) throws Exception {
        String problem = "{\"title\": \"Invalid user\", \"status\": " + status + ", \"errors\": {\"email\": \"is not an e-mail address\"}}";
        HttpResponse<String> response = fetch(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(problem));

        JsonNode read = bodies.read(response, JsonNode.class);

        assertThat(read.path("errors").path("email").asText())
                .as("errors.email of the %d body read with read(response, JsonNode.class)", status)
                .isEqualTo("is not an e-mail address");
    }

    @ParameterizedTest(name = "Content-Type: {0} contains json but is not one JSON document: not read")
    @ValueSource(strings = {"application/x-ndjson", "application/json-seq"})
    void jsonInTheNameOnly(String contentType) throws Exception {
        String lines = TestJson.USER_1.replace("\n", "") + "\n" + "{\"id\": 2, \"name\": \"Ervin Howell\"}\n";
        HttpResponse<String> response = fetch(aResponse().withHeader("Content-Type", contentType).withBody(lines));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of two users, one a line, labelled %s", contentType)
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> assertThat(e.getCause() instanceof JsonProcessingException)
                        .as("whether the body was parsed as JSON (getCause() is %s)", e.getCause()).isFalse());
    }

    @Test
    @DisplayName("a proxy's HTML page with 502 is not parsed: the error carries the status, the type and the first 200 characters")
    void proxyErrorPage() throws Exception {
        HttpResponse<String> response = fetch(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody(PROXY_PAGE));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of a 502 with an HTML page")
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(502);
                    assertThat(e.contentType()).as("contentType()").isEqualTo("text/html");
                    assertThat(e.bodyStart()).as("bodyStart(): the first 200 characters of the page")
                            .isEqualTo(PROXY_PAGE.substring(0, 200));
                    assertThat(e.getCause() instanceof JsonProcessingException)
                            .as("whether the page was parsed as JSON (getCause() is %s)", e.getCause()).isFalse();
                });
    }

    @Test
    @DisplayName("a short plain-text error from a load balancer is not parsed, and its whole text is kept")
    void shortPlainTextError() throws Exception {
        HttpResponse<String> response = fetch(aResponse().withStatus(504).withHeader("Content-Type", "text/plain")
                .withBody("upstream request timeout"));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of a 504 whose body is the text \"upstream request timeout\"")
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(504);
                    assertThat(e.bodyStart()).as("bodyStart()").isEqualTo("upstream request timeout");
                });
    }

    @Test
    @DisplayName("JSON labelled text/plain is not read: the Content-Type decides, not a guess from the body")
    void jsonLabelledAsText() throws Exception {
        HttpResponse<String> response = fetch(aResponse().withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(TestJson.USER_1));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of user 1 labelled text/plain")
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(200));
    }

    @Test
    @DisplayName("a body without a Content-Type is not read")
    void noContentType() throws Exception {
        HttpResponse<String> response = fetch(aResponse().withBody(TestJson.USER_1));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of user 1 without a Content-Type")
                .isThrownBy(() -> bodies.read(response, User.class));
    }

    @Test
    @DisplayName("malformed JSON is an UnexpectedBodyException with the parser's error as its cause and the whole short body")
    void malformedJson() throws Exception {
        String truncated = "{\"id\": 1, \"name\": \"Leanne";
        HttpResponse<String> response = fetch(okJson(truncated));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of %s", truncated)
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> {
                    assertThat(e.getCause()).as("getCause()").isInstanceOf(JsonProcessingException.class);
                    assertThat(e.bodyStart()).as("bodyStart() of a body shorter than 200 characters").isEqualTo(truncated);
                });
    }

    @Test
    @DisplayName("JSON of another shape is an UnexpectedBodyException too: an error object is not a user")
    void otherShape() throws Exception {
        String error = "{\"error\": \"user service unavailable\", \"retry_after\": 30}";
        HttpResponse<String> response = fetch(okJson(error));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of %s as a User", error)
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> assertThat(e.bodyStart()).as("bodyStart()").isEqualTo(error));
    }

    @Test
    @DisplayName("a Japanese maintenance page keeps its first 200 characters, not bytes")
    void japanesePage() throws Exception {
        String page = "<html><body><h1>メンテナンス中です</h1><p>" + "ただいまシステムのメンテナンスを行っています。".repeat(12)
                + "</p></body></html>";
        HttpResponse<String> response = fetch(aResponse().withStatus(503).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(page));

        assertThatExceptionOfType(UnexpectedBodyException.class)
                .as("read(...) of a 503 maintenance page")
                .isThrownBy(() -> bodies.read(response, User.class))
                .satisfies(e -> {
                    assertThat(e.bodyStart()).as("bodyStart()").isEqualTo(page.substring(0, 200));
                    assertThat(e.getMessage()).as("the message").contains("503").contains("メンテナンス中です");
                });
    }
}
