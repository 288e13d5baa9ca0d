package dev.apikata.chapters;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.run.ChapterRunner;
import dev.apikata.chapters.run.RunStats;
import dev.apikata.mock.MockApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chapter runs as a reader would run it, and every README's marked samples of the kit's
 * output are compared with the real command: one test per file, whose failure lists each block
 * that does not do what the text shows (file, line, what differed).
 */
class ChapterDocTest {

    private static final ProjectFiles PROJECT = ProjectFiles.current();
    // "ja chapters", "en READMEs": what the summary counts, per language and kind of file.
    private static final Map<String, RunStats> TOTALS = new TreeMap<>();
    private static final Map<String, String> PER_FILE = new TreeMap<>();
    private static final long STARTED = System.nanoTime();
    private static MockApi api;

    @BeforeAll
    static void startPracticeApi() {
        api = MockApi.start();
    }

    @AfterAll
    static void stopAndSummarise() throws IOException {
        api.close();
        StringBuilder summary = new StringBuilder("Doc tests of the chapters and READMEs, per file:\n");
        PER_FILE.forEach((file, line) -> summary.append("  ").append(file).append(": ").append(line).append('\n'));
        summary.append("In all (").append(seconds(STARTED)).append("):\n");
        TOTALS.forEach((files, stats) -> summary.append("  ").append(files).append(": ").append(stats).append('\n'));
        System.out.print(summary);
        Path report = Path.of("target", "doc-tests.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary, StandardCharsets.UTF_8);
    }

    // -Dapikata.docTest.files=chapters/en/02 runs only the files whose name contains it: for a chapter's author.
    private static final String ONLY = System.getProperty("apikata.docTest.files", "");

    @TestFactory
    Stream<DynamicTest> chapters() {
        return PROJECT.chapters().stream().filter(ChapterDocTest::selected)
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> run(file, true)));
    }

    @TestFactory
    Stream<DynamicTest> readmes() {
        return PROJECT.readmes().stream().filter(ChapterDocTest::selected)
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> run(file, false)));
    }

    private static boolean selected(MarkdownFile file) {
        return file.name().contains(ONLY);
    }

    private static void run(MarkdownFile file, boolean strict) {
        DocTestSetup.moduleMissingFromClassPath(PROJECT, file).ifPresent(why -> fail(file.name() + ": " + why));
        api.reset();
        long started = System.nanoTime();
        try (ChapterRunner runner = new ChapterRunner(file, DocTestSetup.forFile(PROJECT, file, api), strict)) {
            runner.run();
            runner.log().forEach(System.out::println);
            String files = ProjectFiles.languageOf(file).code() + (strict ? " chapters" : " READMEs");
            TOTALS.computeIfAbsent(files, f -> new RunStats()).add(runner.stats());
            PER_FILE.put(file.name(), runner.stats() + " in " + seconds(started)
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
