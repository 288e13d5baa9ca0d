package dev.apikata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Module 08, task 08.2: the servers of a JSON array, read with the tests' own response mapper. */
@ExtendWith(LearnerFeedback.class)
@Tag("task:08.2")
@DisplayName("08.2 ServerInventory: a JSON array as a list of records")
class ServerInventoryTest {

    private final ServerInventory inventory = new ServerInventory(TestJson.RESPONSES);

    @Test
    @DisplayName("an array of servers becomes a list of Server records, in order")
    void arrayOfServers() throws Exception {
        String body = """
                [
                  {"id": 1, "name": "web01", "ip": "10.0.1.11", "status": "running", "tags": ["web", "env:production"],
                   "owner": "sato", "cpu": 4},
                  {"id": 4, "name": "db01", "ip": "10.0.2.21", "status": "maintenance", "tags": ["database"], "cpu": 8},
                  {"id": 8, "name": "monitor01", "ip": "10.0.4.41", "status": "stopped", "tags": [], "owner": "tanaka"}
                ]""";

        assertThat(inventory.servers(body)).as("servers(...) of three servers")
                .containsExactly(
                        new Server("web01", "10.0.1.11", "running", List.of("web", "env:production"), Optional.of("sato")),
                        new Server("db01", "10.0.2.21", "maintenance", List.of("database"), Optional.empty()),
                        new Server("monitor01", "10.0.4.41", "stopped", List.of(), Optional.of("tanaka")));
    }

    @Test
    @DisplayName("missing fields get the record's defaults: status unknown, no tags, no owner")
    void defaultsForMissingFields() throws Exception {
        String body = """
                [{"name": "web09"}, {"name": "web10", "status": null, "tags": null, "owner": null}]""";

        assertThat(inventory.servers(body)).as("servers(...) of two servers that leave fields out")
                .containsExactly(
                        new Server("web09", null, "unknown", List.of(), Optional.empty()),
                        new Server("web10", null, "unknown", List.of(), Optional.empty()));
    }

    @Test
    @DisplayName("an empty array is an empty list")
    void emptyArray() throws Exception {
        assertThat(inventory.servers("[]")).as("servers(\"[]\")").isEmpty();
    }

    @Test
    @DisplayName("a server without a name is an IOException, not a server left out or a list without it")
    void serverWithoutName() {
        Throwable thrown = catchThrowable(() -> inventory.servers("[{\"name\": \"web01\"}, {\"ip\": \"10.0.9.9\"}]"));

        assertThat(thrown).as("servers(...) when the second server has no name").isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("a body cut off halfway is an IOException, not an empty list")
    void truncatedBody() {
        String body = "[{\"name\": \"web01\", \"status\": \"running\"}, {\"name\": \"db0";

        Throwable thrown = catchThrowable(() -> inventory.servers(body));

        assertThat(thrown).as("servers(%s)", body).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("one server instead of an array is an IOException, not a list of one")
    void objectInsteadOfArray() {
        Throwable thrown = catchThrowable(() -> inventory.servers("{\"name\": \"web01\", \"status\": \"running\"}"));

        assertThat(thrown).as("servers(...) of the body of /servers/web01, an object").isInstanceOf(IOException.class);
    }
}
