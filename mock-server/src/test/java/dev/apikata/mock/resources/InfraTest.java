package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InfraTest extends ApiTest {

    @Test
    @DisplayName("/servers lists servers and /servers/web01 answers one by name")
    void servers() {
        assertThat(Http.json(http.get("/servers"))).extracting(s -> s.get("name").asText()).contains("web01", "db01");
        JsonNode web01 = Http.json(http.get("/servers/web01"));
        assertThat(web01.get("ip").asText()).isEqualTo("10.0.1.11");
        assertThat(http.get("/servers/nope").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("/logs?type=error&date=2023-01-01 answers only that day's errors")
    void logsQuery() {
        JsonNode logs = Http.json(http.get("/logs?type=error&date=2023-01-01"));

        assertThat(logs).isNotEmpty().allSatisfy(log -> {
            assertThat(log.get("type").asText()).isEqualTo("error");
            assertThat(log.get("date").asText()).isEqualTo("2023-01-01");
        });
    }

    @Test
    @DisplayName("/users/1/profile answers the user's operator profile")
    void profile() {
        JsonNode profile = Http.json(http.get("/users/1/profile"));

        assertThat(profile.get("userId").asInt()).isEqualTo(1);
        assertThat(profile.get("username").asText()).isEqualTo(Http.json(http.get("/users/1")).get("username").asText());
        assertThat(http.get("/users/99/profile").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a new server is stored by name; a duplicate is 409, a missing name 422")
    void createServer() {
        assertThat(http.sendJson("POST", "/servers", "{\"name\":\"web09\",\"role\":\"web\"}").statusCode()).isEqualTo(201);
        assertThat(Http.json(http.get("/servers/web09")).get("role").asText()).isEqualTo("web");
        assertThat(http.sendJson("POST", "/servers", "{\"name\":\"web09\"}").statusCode()).isEqualTo(409);
        assertThat(http.sendJson("POST", "/servers", "{\"role\":\"db\"}").statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("the profile of a user created with a body of its own (no username) answers 200, not a 500")
    void profileOfANewUser() {
        int id = Http.json(http.sendJson("POST", "/users", "{\"name\":\"Kenji Mori\"}")).get("id").asInt();

        HttpResponse<String> response = http.get("/users/" + id + "/profile");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode profile = Http.json(response);
        assertThat(profile.get("userId").asInt()).isEqualTo(id);
        assertThat(profile.get("displayName").asText()).isEqualTo("Kenji Mori");
        assertThat(profile.get("username").asText()).isEqualTo("user" + id);
    }
}
