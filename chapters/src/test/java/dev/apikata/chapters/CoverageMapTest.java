package dev.apikata.chapters;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apikata.chapters.check.CoverageMap;
import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.course.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The coverage map of the Python version: each topic maps to a section that exists and a task that
 * exists, or is planned for a module that has no chapter yet (reported as skipped: pending).
 */
class CoverageMapTest {

    private static final ProjectFiles PROJECT = ProjectFiles.current();
    private static final Path MAP = PROJECT.root().resolve("chapters/coverage.yaml");

    // The enumerations of the Python version that the map must list one by one.
    private static final List<String> STATUS_CODES = List.of("100", "101", "102", "200", "201", "202", "204", "206",
            "301", "302", "304", "307", "308", "400", "401", "403", "404", "405", "406", "408", "409", "410", "413",
            "414", "415", "422", "423", "429", "500", "501", "502", "503", "504", "507", "511");
    private static final List<String> ENUMERATED = Stream.of(
                    STATUS_CODES.stream().map(code -> "status-" + code),
                    Stream.of("method-get", "method-post", "method-put", "method-delete"),
                    Stream.of("oauth-authorization-code", "oauth-client-credentials", "oauth-device-code", "oauth-password"))
            .flatMap(s -> s).toList();

    @TestFactory
    @DisplayName("each topic of the Python version maps to an existing section and task, or is planned")
    Stream<DynamicTest> topics() {
        CoverageMap map = CoverageMap.read(MAP);
        Set<String> tasks = new HashSet<>();
        PROJECT.modules().forEach(m -> m.manifest().tasks().forEach(t -> tasks.add(t.id())));
        return map.topics().stream().map(topic -> DynamicTest.dynamicTest(topic.id() + ": " + topic.topic(), () -> {
            CoverageMap.Verdict verdict = CoverageMap.check(topic, CoverageMapTest::anchorsInBothLanguages, tasks::contains,
                    CoverageMapTest::hasChapter);
            if (verdict.failure().isPresent()) {
                fail("chapters/coverage.yaml, topic " + topic.id() + " (" + topic.from() + "): " + verdict.failure().get());
            }
            Assumptions.assumeTrue(verdict.pending().isEmpty(), () -> "pending: " + verdict.pending().get());
        }));
    }

    @Test
    @DisplayName("the map lists every status code, HTTP method and OAuth 2.0 flow of the Python version, each once")
    void enumerationsAreComplete() {
        CoverageMap map = CoverageMap.read(MAP);
        List<String> missing = ENUMERATED.stream().filter(id -> map.topic(id).isEmpty()).toList();
        List<String> duplicates = map.duplicateIds();
        if (!missing.isEmpty() || !duplicates.isEmpty()) {
            fail("chapters/coverage.yaml: missing topics " + missing + "; ids used twice " + duplicates);
        }
    }

    /** How much of the Python version the course covers now, in target/coverage.txt and the test's output. */
    @AfterAll
    static void summarise() throws IOException {
        List<CoverageMap.Topic> topics = CoverageMap.read(MAP).topics();
        long taught = topics.stream().filter(t -> present(t.section())).count();
        long practised = topics.stream().filter(t -> present(t.task())).count();
        Map<String, Long> planned = topics.stream().filter(t -> present(t.planned()))
                .collect(Collectors.groupingBy(CoverageMap.Topic::planned, TreeMap::new, Collectors.counting()));
        String summary = "Coverage map of the Python version: " + topics.size() + " topics, " + taught
                + " taught in a chapter section, " + practised + " practised in a task, "
                + planned.values().stream().mapToLong(Long::longValue).sum() + " planned " + planned + "\n";
        System.out.print(summary);
        Path report = Path.of("target", "coverage.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary, StandardCharsets.UTF_8);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The anchors chapter {@code name} has in both languages, if it exists in both. */
    static Optional<Set<String>> anchorsInBothLanguages(String name) {
        Set<String> common = null;
        for (Language language : Language.values()) {
            Path file = PROJECT.root().resolve("chapters").resolve(language.code()).resolve(name + ".md");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Set<String> anchors = new HashSet<>(MarkdownFile.read(file, name).anchors());
            if (common == null) {
                common = anchors;
            } else {
                common.retainAll(anchors);
            }
        }
        return Optional.ofNullable(common);
    }

    /** A module has its chapter once chapters/en/NN-topic.md exists. */
    static boolean hasChapter(String module) {
        return Files.isRegularFile(PROJECT.root().resolve("chapters/en/" + module + ".md"));
    }
}
