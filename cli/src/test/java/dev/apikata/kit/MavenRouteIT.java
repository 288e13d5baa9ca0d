package dev.apikata.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.bench.ProjectCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The learner's other way in, plain Maven, on a copy of the project: an endless loop in one task
 * ends after the exercises' per-test timeout with the learner's message, the task's other tests do
 * not wait out timeouts of their own, and the build ends.
 */
class MavenRouteIT {

    private static final Duration PATIENCE = Duration.ofMinutes(8);
    private static final String CLIENT = "exercises/01-http-methods/src/main/java/dev/apikata/http/methods/PostsClient.java";

    @Test
    @DisplayName("mvn test ends an endless loop after the per-test timeout, with the learner message, and goes on")
    void endlessLoopEndsWithTheLearnerMessage() throws Exception {
        Path root = Path.of(System.getProperty("apikata.projectRoot", "..")).toAbsolutePath().normalize();
        try (ProjectCopy copy = ProjectCopy.of(root)) {
            Path solutions = copy.root().resolve("solutions/01-http-methods/src/main/java");
            Path stubs = copy.root().resolve("exercises/01-http-methods/src/main/java");
            try (Stream<Path> files = Files.walk(solutions)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, stubs.resolve(solutions.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path client = copy.root().resolve(CLIENT);
            String solved = Files.readString(client, StandardCharsets.UTF_8);
            String patch = "return expectPost(send(post(id).method(\"PATCH\"";
            assertThat(solved).as("PostsClient.update of the solution").contains(patch);
            Files.writeString(client, solved.replace(patch, "while (id > 0) { id = id + 0; } " + patch), StandardCharsets.UTF_8);

            String maven = System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "mvn.cmd" : "mvn";
            Process build = new ProcessBuilder(List.of(maven, "-o", "-B", "test", "-pl", "exercises/01-http-methods", "-am"))
                    .directory(copy.root().toFile()).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            boolean ended = build.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                build.descendants().forEach(ProcessHandle::destroyForcibly);
                build.destroyForcibly();
            }
            String log = output.get(30, TimeUnit.SECONDS);

            assertThat(ended).as("the build ended within %s:%n%s", PATIENCE, tail(log)).isTrue();
            assertThat(log)
                    .contains("Task 01.6 \"Update part of a resource with PATCH\" does not pass yet:")
                    .contains("It did not finish in time: an endless loop, or a wait that is too long?")
                    .contains("timed out after 5 seconds")
                    .contains("Hint: ./kit hint 01.6")
                    // Every other test ran and passed; the looping task's first test timed out and its
                    // three others did not run, each of which would have waited out a timeout of its own.
                    .containsPattern("Tests run: \\d+, Failures: 1, Errors: 0, Skipped: 3\\s*$|Tests run: \\d+, Failures: 1, Errors: 0, Skipped: 3\\n");
            assertThat(build.exitValue()).as("a failing test fails the build").isNotZero();
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
