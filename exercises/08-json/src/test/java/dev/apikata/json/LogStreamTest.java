package dev.apikata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.apikata.course.LearnerFeedback;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 08, task 08.7: a log array summarised one entry at a time. The bound on memory is proved,
 * not assumed: a JVM of its own gets a 16 MiB heap and an array of about 30 MB, made up while it is
 * read, so code that holds the whole array (or the whole body) runs out of memory there.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:08.7")
@DisplayName("08.7 LogStream.summarize: a large array in bounded memory")
class LogStreamTest {

    private static final int LARGE = 150_000;
    private static final String HEAP = "-Xmx16m";

    private final LogStream logs = new LogStream(TestJson.RESPONSES);

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("counts the entries, in all and per type")
    void countsPerType() throws Exception {
        LogSummary summary = logs.summarize(new GeneratedLogs(7));

        assertThat(summary).as("summarize(...) of 7 entries: error, warning, info, error, warning, info, error")
                .isEqualTo(new LogSummary(7, Map.of("error", 3L, "warning", 2L, "info", 2L)));
    }

    @Test
    @DisplayName("fields and nested objects an entry carries beyond LogEntry do not disturb the count")
    void nestedUnknownFields() throws Exception {
        String body = """
                [{"id": 1, "type": "error", "host": "db01", "context": {"type": "warning", "trace": [{"type": "info"}]}},
                 {"id": 2, "type": "info", "labels": ["type", {"type": "error"}], "message": "backup finished"}]""";

        assertThat(logs.summarize(text(body))).as("summarize(%s)", body)
                .isEqualTo(new LogSummary(2, Map.of("error", 1L, "info", 1L)));
    }

    @Test
    @DisplayName("an empty array is no entries")
    void emptyArray() throws Exception {
        assertThat(logs.summarize(text("[]"))).as("summarize(\"[]\")").isEqualTo(new LogSummary(0, Map.of()));
    }

    @Test
    @DisplayName("a body that is not an array of entries is an IOException: one object, or an element that is no object")
    void notAnArray() {
        String object = "{\"id\": 1, \"type\": \"error\"}";
        String oddElement = "[{\"id\": 1, \"type\": \"error\"}, \"disk full\"]";

        assertIoFailure(catchThrowable(() -> logs.summarize(text(object))), "summarize(%s)", object);
        assertIoFailure(catchThrowable(() -> logs.summarize(text(oddElement))), "summarize(%s)", oddElement);
    }

    @Test
    @DisplayName("a body cut off halfway is an IOException, not the count so far")
    void truncatedBody() {
        String body = "[{\"id\": 1, \"type\": \"error\"}, {\"id\": 2, \"type\": \"info\"}, {\"id\": 3, \"ty";

        assertIoFailure(catchThrowable(() -> logs.summarize(text(body))), "summarize(%s)", body);
        String unclosed = "[{\"id\": 1, \"type\": \"error\"}, {\"id\": 2, \"type\": \"info\"}";
        assertIoFailure(catchThrowable(() -> logs.summarize(text(unclosed))), "summarize(%s)", unclosed);
    }

    /** A body that remembers whether it was closed, as the body of an HTTP response must be. */
    private static final class Body extends ByteArrayInputStream {
        private boolean closed;

        Body(String json) {
            super(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    @DisplayName("the input is closed when summarize is done, and also when it fails (try-with-resources)")
    void closesTheInput() throws Exception {
        Body complete = new Body("[{\"id\": 1, \"type\": \"error\"}, {\"id\": 2, \"type\": \"info\"}]");
        Body object = new Body("{\"error\": \"log service unavailable\"}");

        logs.summarize(complete);
        catchThrowable(() -> logs.summarize(object));

        assertThat(complete.closed).as("whether the input of a summarised array was closed").isTrue();
        assertThat(object.closed).as("whether the input was closed after the error for {\"error\": ...}").isTrue();
    }

    /** An IOException, thrown as it is or as the cause of another exception (a MappingIterator's, say). */
    private static void assertIoFailure(Throwable thrown, String description, Object... arguments) {
        assertThat(thrown).as(description + ": an IOException, or an exception caused by one", arguments)
                .isNotNull()
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
    }

    @Test
    @Tag("forked-jvm") // its work happens in another JVM, which mutation testing cannot see (pom.xml, -Pmutation)
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a JVM of its own reads 150,000 entries
    @DisplayName("150,000 entries (about 30 MB) in a JVM with a 16 MiB heap: one entry at a time fits, the whole array does not")
    void boundedMemory() throws Exception {
        logs.summarize(new GeneratedLogs(3)); // a stub or a plain failure shows here, in this JVM

        Process probe = new ProcessBuilder(List.of(javaCommand(), HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), LogStreamProbe.class.getName(), String.valueOf(LARGE)))
                .redirectErrorStream(true).start();
        boolean finished = probe.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            probe.destroyForcibly();
        }
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(finished).as("whether summarize(...) of %,d entries finished within 150 s", LARGE).isTrue();
        assertThat(output).as("summarize(...) of %,d generated entries in a JVM with %s: \"%s\" means it held more than"
                + " one entry at a time (a List of them, a tree, or the whole body as bytes or text)", LARGE, HEAP,
                LogStreamProbe.OUT_OF_MEMORY)
                .isNotEqualTo(LogStreamProbe.OUT_OF_MEMORY);
        assertThat(output).as("what summarize(...) of %,d entries printed (entries, error, warning, info)", LARGE)
                .isEqualTo(LARGE + " " + GeneratedLogs.ofType(LARGE, "error") + " " + GeneratedLogs.ofType(LARGE, "warning")
                        + " " + GeneratedLogs.ofType(LARGE, "info"));
        assertThat(probe.exitValue()).as("the exit status of the probe JVM").isZero();
    }

    private static String javaCommand() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path windows = bin.resolve("java.exe");
        return (Files.exists(windows) ? windows : bin.resolve("java")).toString();
    }

    // Where the classes the probe needs come from, whoever loaded them: Maven, the kit or an IDE.
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(LogStreamProbe.class, LogStream.class, LogEntry.class, JsonParser.class,
                ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class, JavaTimeModule.class,
                Jdk8Module.class, dev.apikata.course.NotDoneYet.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    entries.add(Path.of(source.getLocation().toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
