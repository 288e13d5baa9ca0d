package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResourceCollectionTest {

    private static ObjectNode server(String name) {
        return Json.object().put("id", 1).put("name", name).put("role", "web");
    }

    private final ResourceCollection servers = new ResourceCollection("servers", "name", () -> List.of(server("web01")));

    @Test
    @DisplayName("replace and merge keep the id and the natural key, whatever the body says")
    void identityIsKept() {
        ObjectNode replaced = servers.replace("web01", Json.object().put("id", 99).put("name", "other").put("ip", "10.0.0.9")).orElseThrow().node();
        ObjectNode merged = servers.merge("web01", Json.object().put("role", "db")).orElseThrow().node();

        assertThat(replaced.get("id").asInt()).isEqualTo(1);
        assertThat(replaced.get("name").asText()).isEqualTo("web01");
        assertThat(replaced.has("role")).isFalse();
        assertThat(merged.get("ip").asText()).isEqualTo("10.0.0.9");
        assertThat(merged.get("role").asText()).isEqualTo("db");
        assertThat(servers.find("web01").orElseThrow().json()).isEqualTo(Json.bytes(merged));
    }

    @Test
    @DisplayName("creates get the next id; reset restores the seed and the id counter")
    void createAndReset() {
        assertThat(servers.create(server("web02")).node().get("id").asInt()).isEqualTo(2);
        servers.delete("web01");

        servers.reset();

        assertThat(servers.all()).extracting(e -> e.node().get("name").asText()).containsExactly("web01");
        assertThat(servers.peekNextId()).isEqualTo(2);
    }

    @Test
    @DisplayName("a full collection answers 507 instead of growing without bound")
    void boundedSize() {
        ResourceCollection notes = new ResourceCollection("notes", "id", List::of);
        ObjectNode note = Json.object().put("text", "n");
        for (int i = 0; i < ResourceCollection.MAX_RECORDS; i++) {
            notes.create(note);
        }

        assertThatThrownBy(() -> notes.create(note))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(507));
    }
}
