package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point in its own JVM, started from a folder that holds WireMock stub files. */
class MockServerMainProcessTest {

    private static final Pattern BASE_URL = Pattern.compile("Base URL:\\s+(http://\\S+)");

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("main prints the base URL, serves, never reads or writes the files of its working directory, and stops on a signal")
    void mainServesFromAnyFolder(@TempDir Path folder) throws Exception {
        Path mappings = Files.createDirectories(folder.resolve("src/test/resources/mappings"));
        Files.writeString(mappings.resolve("teapot.json"),
                "{\"request\": {\"method\": \"GET\", \"url\": \"/teapot\"}, \"response\": {\"status\": 418}}");
        Path files = Files.createDirectories(folder.resolve("src/test/resources/__files"));
        Files.writeString(files.resolve("learner.json"), "{\"secret\": \"the learner's own file\"}");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), MockServerMain.class.getName(), "--port", "0", "--lang", "en")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            URI base = URI.create(baseUrl(server));

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
        } finally {
            server.destroy();
        }
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    private static String baseUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = BASE_URL.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server printed no base URL:\n" + seen);
    }
}
