package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.Http;
import dev.apikata.mock.MockApi;
import dev.apikata.mock.MockApiOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FakeWritesTest {

    @Test
    @DisplayName("with fake writes, POST answers 201 with id 101 and stores nothing, like JSONPlaceholder")
    void fakeWritesStoreNothing() {
        try (MockApi api = MockApi.start(MockApiOptions.defaults().withFakeWrites(true))) {
            Http http = new Http(api);

            JsonNode first = Http.json(http.sendJson("POST", "/posts", "{\"title\":\"foo\",\"body\":\"bar\",\"userId\":1}"));
            JsonNode second = Http.json(http.sendJson("POST", "/posts", "{\"title\":\"foo\"}"));
            JsonNode put = Http.json(http.sendJson("PUT", "/posts/1", "{\"title\":\"new\"}"));

            assertThat(first.get("id").asInt()).isEqualTo(101);
            assertThat(first.get("title").asText()).isEqualTo("foo");
            assertThat(second.get("id").asInt()).isEqualTo(101);
            assertThat(put.get("id").asInt()).isEqualTo(1);
            assertThat(http.get("/posts/101").statusCode()).isEqualTo(404);
            assertThat(http.delete("/posts/1").statusCode()).isEqualTo(200);
            assertThat(Http.json(http.get("/posts/1")).get("title").asText()).isNotEqualTo("new");
        }
    }
}
