package dev.apikata.mock.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.RawHttp;
import dev.apikata.mock.route.KitAdminRoutes;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code /__kit/openapi.yaml} and {@code /__kit/postman.json} name the server they come from, not port 8080. */
class ServedDescriptionsTest extends ApiTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private String base() {
        return "http://127.0.0.1:" + api.port();
    }

    @Test
    @DisplayName("the served OpenAPI document's server is this server's base URL")
    void openApiNamesThisServer() throws Exception {
        HttpResponse<String> response = http.get("/__kit/openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        JsonNode servers = YAML.readTree(response.body()).get("servers");
        assertThat(servers.get(0).get("url").asText()).isEqualTo(base());
        if (api.port() != 8080) {
            assertThat(response.body()).doesNotContain(KitAdminRoutes.DOCUMENTED_BASE_URL);
        }
    }

    @Test
    @DisplayName("the served Postman collection's baseUrl variable is this server's base URL")
    void postmanNamesThisServer() {
        HttpResponse<String> response = http.get("/__kit/postman.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode variables = Http.json(response).get("variable");
        assertThat(variables.findValuesAsText("key")).contains("baseUrl");
        for (JsonNode variable : variables) {
            if (variable.get("key").asText().equals("baseUrl")) {
                assertThat(variable.get("value").asText()).isEqualTo(base());
            }
        }
        if (api.port() != 8080) {
            assertThat(response.body()).doesNotContain(KitAdminRoutes.DOCUMENTED_BASE_URL);
        }
    }

    @Test
    @DisplayName("reached by another name, the collection keeps that name; a Host that is no host name is a JSON 400")
    void hostHeader() {
        String byName = exchange("localhost:" + api.port());
        String hostile = exchange("x\"injected");

        assertThat(body(byName)).contains("\"http://localhost:" + api.port() + "\"");
        assertThat(hostile).startsWith("HTTP/1.1 400").contains("application/json").doesNotContain("\"injected");
    }

    private String exchange(String host) {
        try (RawHttp raw = RawHttp.connect(api)) {
            return raw.send("GET /__kit/postman.json HTTP/1.1\nHost: " + host + "\nConnection: close", "")
                    .readUntilClosed(Duration.ofSeconds(10));
        }
    }

    private static String body(String response) {
        assertThat(response).startsWith("HTTP/1.1 200");
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
