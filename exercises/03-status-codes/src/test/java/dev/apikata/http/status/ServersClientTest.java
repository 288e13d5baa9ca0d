package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 03, tasks 03.4 and 03.5: a client for {@code /servers} that reads each answer for what
 * its status means: where the new server lives, that it exists already, which fields were refused,
 * or that there is no body to read.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("ServersClient")
class ServersClientTest {

    private static final String JSON = "application/json";

    private static final NewServer WEB03 = new NewServer("web03", "web", 4);
    private static final String WEB03_JSON = """
            {"name": "web03", "role": "web", "cpu": 4}""";
    private static final String WEB03_STORED = """
            {"id": 9, "name": "web03", "role": "web", "ip": "10.0.1.13", "status": "provisioning", "cpu": 4,
             "os": "Ubuntu 22.04", "tags": ["web"]}""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private ServersClient client;

    @BeforeEach
    void newClient() {
        client = new ServersClient(URI.create(api.baseUrl()));
    }

    @Nested
    @Tag("task:03.4")
    @DisplayName("03.4 create: 201 with Location, 409, 422")
    class Create {

        private void answerCreate(ResponseDefinitionBuilder answer) {
            api.stubFor(post(urlEqualTo("/servers")).willReturn(answer));
        }

        @Test
        @DisplayName("201 with Location /servers/web03: created there, as an absolute URI; the server sent as JSON")
        void createdAtAbsolutePath() throws Exception {
            answerCreate(status(201).withHeader("Location", "/servers/web03")
                    .withHeader("Content-Type", JSON).withBody(WEB03_STORED));

            CreateResult result = client.create(WEB03);

            assertThat(result).as("create(web03) when the server answers 201 with Location: /servers/web03")
                    .isEqualTo(new CreateResult.Created(URI.create(api.url("/servers/web03"))));
            api.verify(postRequestedFor(urlEqualTo("/servers"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(WEB03_JSON)));
        }

        @Test
        @DisplayName("201 with an absolute Location on another host: that address, unchanged")
        void createdAtAbsoluteUri() throws Exception {
            answerCreate(status(201).withHeader("Location", "http://inventory.example.test/v2/servers/9"));

            assertThat(client.create(WEB03)).as("create(web03) when Location is http://inventory.example.test/v2/servers/9")
                    .isEqualTo(new CreateResult.Created(URI.create("http://inventory.example.test/v2/servers/9")));
        }

        @Test
        @DisplayName("201 with a relative Location (servers/web03) is resolved against the request's URI")
        void createdAtRelativeReference() throws Exception {
            answerCreate(status(201).withHeader("Location", "servers/web03"));

            assertThat(client.create(WEB03)).as("create(web03) when the POST to /servers answers Location: servers/web03")
                    .isEqualTo(new CreateResult.Created(URI.create(api.url("/servers/web03"))));
        }

        @Test
        @DisplayName("201 without a Location is an IOException, not a made-up address")
        void createdWithoutLocation() {
            answerCreate(status(201).withHeader("Content-Type", JSON).withBody(WEB03_STORED));

            assertThatExceptionOfType(IOException.class)
                    .as("create(web03) when the 201 has no Location header")
                    .isThrownBy(() -> client.create(WEB03));
        }

        @Test
        @DisplayName("409 Conflict means the server exists already: AlreadyExists, not an exception")
        void conflictIsAlreadyExists() throws Exception {
            answerCreate(status(409).withHeader("Content-Type", JSON)
                    .withBody("{\"error\": \"conflict\", \"message\": \"A server named 'web03' already exists\", \"field\": \"name\"}"));

            assertThat(client.create(WEB03)).as("create(web03) when the server answers 409")
                    .isEqualTo(new CreateResult.AlreadyExists("web03"));
        }

        @Test
        @DisplayName("422 gives each refused field with the server's message")
        void unprocessableGivesFieldMessages() throws Exception {
            answerCreate(status(422).withHeader("Content-Type", JSON).withBody("""
                    {"error": "validation_failed", "message": "The server has invalid fields",
                     "fields": {"cpu": "must be between 1 and 64", "role": "must be one of [web, database, cache]"}}"""));

            assertThat(client.create(new NewServer("web03", "webserver", 0))).as("create(...) when the server answers 422")
                    .isEqualTo(new CreateResult.Invalid(Map.of(
                            "cpu", "must be between 1 and 64",
                            "role", "must be one of [web, database, cache]")));
        }

        @Test
        @DisplayName("422 that names one field, as the practice API does: that field with the message")
        void unprocessableWithOneField() throws Exception {
            answerCreate(status(422).withHeader("Content-Type", JSON).withBody("""
                    {"error": "missing_field", "message": "A server needs a 'name' (a non-empty string)", "field": "name"}"""));

            assertThat(client.create(new NewServer("", "web", 4))).as("create(...) when the 422 names a single field")
                    .isEqualTo(new CreateResult.Invalid(Map.of("name", "A server needs a 'name' (a non-empty string)")));
        }

        @ParameterizedTest(name = "{0} is an HttpStatusException with that status")
        @ValueSource(ints = {400, 403, 500})
        void otherErrorsAreExceptions(int code) {
            answerCreate(status(code).withHeader("Content-Type", JSON).withBody("{\"error\": \"no\"}"));

            assertThatExceptionOfType(HttpStatusException.class)
                    .as("create(web03) when the server answers %d", code)
                    .isThrownBy(() -> client.create(WEB03))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(code));
        }
    }

    @Nested
    @Tag("task:03.5")
    @DisplayName("03.5 update: 200 with a body, 204 without")
    class Update {

        private static final String CHANGE_JSON = "{\"status\": \"maintenance\"}";

        @Test
        @DisplayName("200: the server as the API answered it; the changes sent with PATCH as JSON")
        void okGivesTheServer() throws Exception {
            api.stubFor(patch(urlEqualTo("/servers/web01")).willReturn(okJson("""
                    {"id": 1, "name": "web01", "role": "web", "ip": "10.0.1.11", "status": "maintenance", "cpu": 4}""")));

            assertThat(client.update("web01", Map.of("status", "maintenance")))
                    .as("update(web01, {status: maintenance}) when the server answers 200")
                    .contains(new Server("web01", "web", "10.0.1.11", "maintenance", 4));
            api.verify(patchRequestedFor(urlEqualTo("/servers/web01"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(CHANGE_JSON)));
        }

        @Test
        @DisplayName("204 No Content: done, and empty, since there is no body to parse")
        void noContentIsEmpty() throws Exception {
            api.stubFor(patch(urlEqualTo("/servers/web01")).willReturn(noContent()));

            assertThat(client.update("web01", Map.of("status", "maintenance"))).as("update(...) when the server answers 204").isEmpty();
            api.verify(patchRequestedFor(urlEqualTo("/servers/web01")).withRequestBody(equalToJson(CHANGE_JSON)));
        }

        @Test
        @DisplayName("204 that claims Content-Type: application/json still has no body: empty")
        void noContentWithJsonContentType() throws Exception {
            api.stubFor(patch(urlEqualTo("/servers/web01")).willReturn(aResponse().withStatus(204).withHeader("Content-Type", JSON)));

            assertThat(client.update("web01", Map.of("status", "maintenance")))
                    .as("update(...) when the server answers 204 with Content-Type: application/json").isEmpty();
        }

        @ParameterizedTest(name = "{0} is an HttpStatusException with that status")
        @ValueSource(ints = {404, 422, 503})
        void errorsAreExceptions(int code) {
            api.stubFor(patch(urlEqualTo("/servers/web01")).willReturn(status(code)));

            assertThatExceptionOfType(HttpStatusException.class)
                    .as("update(web01, ...) when the server answers %d", code)
                    .isThrownBy(() -> client.update("web01", Map.of("status", "maintenance")))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(code));
        }
    }
}
