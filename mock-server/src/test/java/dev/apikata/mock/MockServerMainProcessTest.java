package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point in its own JVM, started from a folder that holds WireMock stub files. */
class MockServerMainProcessTest {

    @Test
    @Timeout(120)
    @DisplayName("main prints the base URL, serves, never reads or writes the files of its working directory, and stops on a signal")
    void mainServesFromAnyFolder(@TempDir Path folder) throws Exception {
        Path mappings = Files.createDirectories(folder.resolve("src/test/resources/mappings"));
        Files.writeString(mappings.resolve("teapot.json"),
                "{\"request\": {\"method\": \"GET\", \"url\": \"/teapot\"}, \"response\": {\"status\": 418}}");
        Path files = Files.createDirectories(folder.resolve("src/test/resources/__files"));
        Files.writeString(files.resolve("learner.json"), "{\"secret\": \"the learner's own file\"}");
        try (ServerProcess server = ServerProcess.start(folder, List.of("-XX:TieredStopAtLevel=1"), "--lang", "en")) {
            URI base = server.baseUrl();

            HttpResponse<String> post = Http.client().send(HttpRequest.newBuilder(base.resolve("/posts/1")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> teapot = Http.client().send(HttpRequest.newBuilder(base.resolve("/teapot")).build(), HttpResponse.BodyHandlers.ofString());
            List<HttpResponse<String>> fileRoutes = new ArrayList<>();
            for (String path : List.of("/__files/learner.json", "/__admin/files", "/__admin/files/learner.json")) {
                fileRoutes.add(Http.client().send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> write = Http.client().send(HttpRequest.newBuilder(base.resolve("/__admin/files/written.json"))
                    .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(teapot.statusCode()).as("stub files in the working directory are not loaded").isEqualTo(404);
            assertThat(fileRoutes).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.uri().getPath()).isEqualTo(404);
                assertThat(r.body()).doesNotContain("the learner's own file");
            });
            assertThat(write.statusCode()).isEqualTo(404);
            assertThat(files.resolve("written.json")).as("nothing written into the learner's folder").doesNotExist();
            assertThat(server.stop(10)).as("stops on SIGTERM").isTrue();
        }
    }
}
