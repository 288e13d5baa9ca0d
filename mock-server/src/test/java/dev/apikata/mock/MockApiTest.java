package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.journal.BoundedJournalStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MockApiTest {

    @Test
    @DisplayName("start() binds 127.0.0.1 on a free port; close() stops it")
    void startAndClose() throws Exception {
        MockApi api = MockApi.start();
        HttpRequest request = HttpRequest.newBuilder(api.baseUrl().resolve("/posts/1")).build();
        try {
            assertThat(api.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(api.port()).isPositive();
            assertThat(Http.client().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            api.close();
        }
        assertThatThrownBy(() -> Http.client().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    @DisplayName("the request journal keeps only the newest requests")
    void journalIsBounded() {
        try (MockApi api = MockApi.start(MockApiOptions.defaults().withJournalSize(5))) {
            Http http = new Http(api);
            IntStream.rangeClosed(1, 12).forEach(i -> http.get("/posts/" + i));

            JsonNode journal = Http.json(http.get("/__admin/requests"));

            assertThat(journal.get("requests")).hasSize(5);
            assertThat(journal.get("requests").get(0).at("/request/url").asText()).as("newest first").isEqualTo("/posts/12");
            assertThat(journal.get("requests").get(4).at("/request/url").asText()).isEqualTo("/posts/8");
        }
    }

    @Test
    @DisplayName("the journal keeps at most 64 KiB of a request or response body")
    void journalTrimsLargeBodies() {
        try (MockApi api = MockApi.start()) {
            Http http = new Http(api);
            String big = "x".repeat(200 * 1024);
            http.send(http.request("/anything").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(big)).build());

            JsonNode entry = Http.json(http.get("/__admin/requests?limit=1")).get("requests").get(0);

            assertThat(entry.at("/request/body").asText()).hasSize(BoundedJournalStore.MAX_LOGGED_BODY);
            assertThat(entry.at("/response/body").asText().length()).isLessThanOrEqualTo(BoundedJournalStore.MAX_LOGGED_BODY);
        }
    }

    @Test
    @DisplayName("a port already in use is reported as such")
    void portInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.io.StringWriter err = new java.io.StringWriter();
            int exit = MockServerMain.command()
                    .setErr(new java.io.PrintWriter(err))
                    .execute("--port", String.valueOf(taken.getLocalPort()), "--lang", "en");

            assertThat(exit).isEqualTo(ServeCommand.EXIT_PORT_TAKEN);
            assertThat(err.toString()).contains("Port " + taken.getLocalPort(), "already in use", "--port 0");
        }
    }

    @Test
    @DisplayName("the options reject impossible values")
    void optionsValidate() {
        assertThatThrownBy(() -> MockApiOptions.defaults().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockApiOptions.defaults().withJournalSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockApiOptions.defaults().withTokenLifetime(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
