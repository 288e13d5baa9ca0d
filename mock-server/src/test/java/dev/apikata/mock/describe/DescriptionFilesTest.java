package dev.apikata.mock.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.mock.MockApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml and the Postman collection must match the routes the server serves. After changing
 * a route, refresh them: {@code mvn -pl mock-server test -Dtest=DescriptionFilesTest -Dapikata.writeDescriptions=true}.
 */
class DescriptionFilesTest {

    static final Path OPENAPI = Path.of("openapi.yaml");
    static final Path POSTMAN = Path.of("apikata.postman_collection.json");
    private static final String HOW_TO_REFRESH =
            "out of date: run mvn -pl mock-server test -Dtest=DescriptionFilesTest -Dapikata.writeDescriptions=true";

    @Test
    @DisplayName("openapi.yaml and the Postman collection describe exactly the served routes")
    void filesAreCurrent() throws IOException {
        String openApi;
        String postman;
        try (MockApi api = MockApi.start()) {
            openApi = ApiDescriptions.openApiYaml(api.groups());
            postman = ApiDescriptions.postmanJson(api.groups());
        }
        if (Boolean.getBoolean("apikata.writeDescriptions")) {
            Files.writeString(OPENAPI, openApi, StandardCharsets.UTF_8);
            Files.writeString(POSTMAN, postman, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(OPENAPI, StandardCharsets.UTF_8)).as("openapi.yaml " + HOW_TO_REFRESH).isEqualTo(openApi);
        assertThat(Files.readString(POSTMAN, StandardCharsets.UTF_8)).as("the Postman collection " + HOW_TO_REFRESH).isEqualTo(postman);
    }

    @Test
    @DisplayName("every request of the Postman collection sends the path its raw URL shows, trailing slash included")
    void postmanSendsTheRawPath() throws IOException {
        JsonNode collection = new ObjectMapper().readTree(POSTMAN.toFile());
        List<JsonNode> urls = collection.findValues("url");
        assertThat(urls).hasSizeGreaterThan(50);
        assertThat(urls).allSatisfy(url -> {
            List<String> segments = new ArrayList<>();
            url.get("path").forEach(segment -> segments.add(segment.asText()));
            String rawPath = url.get("raw").asText().replace("{{baseUrl}}", "").split("\\?", 2)[0];
            assertThat("/" + String.join("/", segments)).as(url.get("raw").asText()).isEqualTo(rawPath);
        });
    }
}
