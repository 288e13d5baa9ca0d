package dev.apikata.chapters;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.run.ChapterRunner;
import dev.apikata.chapters.run.RunStats;
import dev.apikata.course.Language;
import dev.apikata.mock.MockApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chapter runs as a reader would run it, and every README's marked samples of the kit's
 * output are compared with the real command: one test per file, whose failure lists each block
 * that does not do what the text shows (file, line, what differed).
 *
 * <p>One suite per language ({@link JapaneseDocTest}, {@link EnglishDocTest}), each with a practice
 * API of its own: Surefire runs them in two JVMs at once, since a file's JShell session captures
 * {@code System.out} and cannot share a JVM with another file's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocTestSuite {

    private static final ProjectFiles PROJECT = ProjectFiles.current();
    // -Dapikata.docTest.files=chapters/en/02 runs only the files whose name contains it: for a chapter's author.
    private static final String ONLY = System.getProperty("apikata.docTest.files", "");
    // -Dapikata.docTest.languages=ja runs one suite: .ci/run's second JDK, since both languages have the
    // same code (ParityCheck) and Japanese output is what a JDK's default charset would break.
    private static final List<String> LANGUAGES = List.of(System.getProperty("apikata.docTest.languages", "ja,en").split(","));

    // "ja chapters", "ja READMEs": what the summary counts, per kind of file.
    private final Map<String, RunStats> totals = new TreeMap<>();
    private final Map<String, String> perFile = new TreeMap<>();
    private final long started = System.nanoTime();
    private MockApi api;

    /** The language of the files this suite runs. */
    abstract Language language();

    @BeforeAll
    void startPracticeApi() {
        Assumptions.assumeTrue(LANGUAGES.contains(language().code()),
                () -> "-Dapikata.docTest.languages=" + String.join(",", LANGUAGES) + " leaves out " + language().code());
        api = MockApi.start();
    }

    @AfterAll
    void stopAndSummarise() throws IOException {
        if (api == null) {
            return; // this language was left out
        }
        api.close();
        StringBuilder summary = new StringBuilder("Doc tests of the chapters and READMEs, per file:\n");
        perFile.forEach((file, line) -> summary.append("  ").append(file).append(": ").append(line).append('\n'));
        summary.append("In all (").append(seconds(started)).append("):\n");
        totals.forEach((files, stats) -> summary.append("  ").append(files).append(": ").append(stats).append('\n'));
        System.out.print(summary);
        Path report = Path.of("target", "doc-tests-" + language().code() + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> chapters() {
        return PROJECT.chapters(language()).stream().filter(DocTestSuite::selected)
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> run(file, true)));
    }

    @TestFactory
    Stream<DynamicTest> readmes() {
        return PROJECT.readmes().stream().filter(file -> ProjectFiles.languageOf(file) == language())
                .filter(DocTestSuite::selected)
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> run(file, false)));
    }

    private static boolean selected(MarkdownFile file) {
        return file.name().contains(ONLY);
    }

    private void run(MarkdownFile file, boolean strict) {
        DocTestSetup.moduleMissingFromClassPath(PROJECT, file).ifPresent(why -> fail(file.name() + ": " + why));
        api.reset();
        long fileStarted = System.nanoTime();
        try (ChapterRunner runner = new ChapterRunner(file, DocTestSetup.forFile(PROJECT, file, api), strict)) {
            runner.run();
            runner.log().forEach(System.out::println);
            String files = language().code() + (strict ? " chapters" : " READMEs");
            totals.computeIfAbsent(files, f -> new RunStats()).add(runner.stats());
            perFile.put(file.name(), runner.stats() + " in " + seconds(fileStarted)
                    + (runner.problems().isEmpty() ? "" : ", " + runner.problems().size() + " problem(s)"));
            if (!runner.problems().isEmpty()) {
                fail(file.name() + " does not do what it shows (" + runner.problems().size() + " problems):\n\n"
                        + String.join("\n\n", runner.problems()) + "\n");
            }
        }
    }

    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.0f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
