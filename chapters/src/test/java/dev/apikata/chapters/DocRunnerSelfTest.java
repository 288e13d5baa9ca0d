package dev.apikata.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.chapters.check.CoverageMap;
import dev.apikata.chapters.check.LinkCheck;
import dev.apikata.chapters.check.Mermaid;
import dev.apikata.chapters.check.ParityCheck;
import dev.apikata.chapters.check.TaskReferences;
import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.run.ChapterRunner;
import dev.apikata.chapters.run.ShellRunner;
import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import dev.apikata.course.Localized;
import dev.apikata.course.Task;
import dev.apikata.mock.MockApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc-test runner itself: each check fails on the drift it exists to catch, names the file,
 * the line and what differed, and passes the same text once it is right.
 */
class DocRunnerSelfTest {

    private static final ProjectFiles PROJECT = ProjectFiles.current();
    private static MockApi api;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        api = MockApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private List<String> run(String markdown) throws IOException {
        return run(markdown, ShellRunner.DEFAULT_TIMEOUT);
    }

    private List<String> run(String markdown, Duration commandTimeout) throws IOException {
        Path file = dir.resolve("chapters/en/99-sample.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        MarkdownFile parsed = MarkdownFile.read(file, "chapters/en/99-sample.md");
        api.reset();
        ChapterRunner.Setup setup = DocTestSetup.forFile(PROJECT, parsed, api).withCommandTimeout(commandTimeout);
        try (ChapterRunner runner = new ChapterRunner(parsed, setup, true)) {
            return runner.run().problems();
        }
    }

    @Nested
    @DisplayName("shown outputs")
    class Outputs {

        @Test
        @DisplayName("a wrong shown output of a curl command fails, naming the file, the line and both values")
        void wrongCurlOutput() throws IOException {
            String chapter = """
                    ```bash
                    curl -s http://127.0.0.1:8080/posts/1 | jq .id
                    ```

                    <!-- doc: output -->
                    ```text
                    %s
                    ```
                    """;
            assertThat(run(chapter.formatted("2"))).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:6: the shown output is not what the block at line 1 prints")
                    .contains("shown: 2", "real:  1");
            assertThat(run(chapter.formatted("1"))).isEmpty();
        }

        @Test
        @DisplayName("variable parts match ids and dates; a trimmed output needs its lines in order only")
        void variableParts() throws IOException {
            String chapter = """
                    ```bash
                    curl -si -X POST -H "Content-Type: application/json" -d '{"title": "t", "body": "b", "userId": 1}' http://127.0.0.1:8080/posts
                    ```

                    <!-- doc: output trimmed -->
                    ```text
                    HTTP/1.1 201 Created
                    Location: http://127.0.0.1:8080/posts/<id>
                    %s
                    ```
                    """;
            assertThat(run(chapter.formatted("Content-Length: <n>"))).isEmpty();
            assertThat(run(chapter.formatted("Content-Length: many"))).singleElement().asString()
                    .contains("shown line 3 is not in the real output", "Content-Length: many");
        }

        @Test
        @DisplayName("a jshell transcript is compared answer by answer; expression numbers may differ")
        void jshellTranscript() throws IOException {
            String chapter = """
                    ```jshell
                    jshell> var answer = 6 * 7
                    answer ==> 42

                    jshell> answer + 1
                    $1 ==> %s
                    ```
                    """;
            assertThat(run(chapter.formatted("43"))).isEmpty();
            assertThat(run(chapter.formatted("44"))).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:6: jshell answers otherwise than the transcript shows")
                    .contains("shown: $N ==> 44", "real:  $N ==> 43");
        }

        @Test
        @DisplayName("the output of a Java block is what it prints")
        void javaOutput() throws IOException {
            String chapter = """
                    ```java
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/posts/9999")).build(),
                            BodyHandlers.ofString());
                    System.out.println(response.statusCode());
                    ```

                    <!-- doc: output -->
                    ```
                    %s
                    ```
                    """;
            assertThat(run(chapter.formatted("404"))).isEmpty();
            assertThat(run(chapter.formatted("200"))).singleElement().asString().contains("shown: 200", "real:  404");
        }
    }

    @Nested
    @DisplayName("blocks that must run")
    class Running {

        @Test
        @DisplayName("a failing command names its line and exit code")
        void failingCommand() throws IOException {
            assertThat(run("""
                    Some prose.

                    ```bash
                    curl -s http://127.0.0.1:8080/posts/1 > /dev/null
                    curl -s --fail http://127.0.0.1:8080/posts/9999
                    ```
                    """)).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:3: a command fails: line 2: exit code 22 from curl -s --fail");
        }

        @Test
        @DisplayName("a command whose output a block shows is stopped when it runs too long, and named")
        void commandThatRunsTooLong() throws IOException {
            assertThat(run("""
                    <!-- doc: output of sleep 30 -->
                    ```text
                    nothing
                    ```
                    """, Duration.ofSeconds(1))).singleElement().asString()
                    .isEqualTo("chapters/en/99-sample.md:2: `sleep 30` still running after 1 s: stopped,"
                            + " so its output cannot be compared");
        }

        @Test
        @DisplayName("a console block with prompts is refused with what to write instead, not run")
        void promptsInAShellBlock() throws IOException {
            assertThat(run("""
                    ```console
                    $ curl -s http://127.0.0.1:8080/posts/1 | jq .id
                    1
                    ```
                    """)).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:2: a shell block holds commands only: leave out the \"$ \" prompt");
        }

        @Test
        @DisplayName("Java that does not compile names the snippet's chapter line and javac's message")
        void javaThatDoesNotCompile() throws IOException {
            assertThat(run("""
                    ```java
                    int fine = 1;
                    String broken = fine;
                    ```
                    """)).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:3: this snippet fails in jshell: jshell rejects it")
                    .contains("incompatible types");
        }

        @Test
        @DisplayName("fragments of one example run together; a block marked skip does not run but must give a reason")
        void fragmentsAndSkips() throws IOException {
            assertThat(run("""
                    <!-- doc: fragment counter -->
                    ```java
                    int count(List<String> items) {
                    ```

                    Prose between the pieces.

                    <!-- doc: fragment counter -->
                    ```java
                        return items.size();
                    }
                    count(List.of("a", "b"));
                    ```

                    <!-- doc: skip installs a system package -->
                    ```bash
                    sudo apt install nothing-at-all
                    ```
                    """)).isEmpty();
            assertThat(run("""
                    <!-- doc: skip -->
                    ```bash
                    sudo apt install nothing-at-all
                    ```
                    """)).singleElement().asString().isEqualTo("chapters/en/99-sample.md:1: the doc marker \"skip\" needs a reason");
        }

        @Test
        @DisplayName("a block marked jdk N runs, output compared, on JDK N and newer, and is skipped with its output before")
        void blocksForANewerJdk() throws IOException {
            assertThat(run("""
                    <!-- doc: jdk 999 -->
                    ```java
                    Thread.ofFutureKind().start(() -> {});
                    ```

                    <!-- doc: output -->
                    ```
                    anything at all
                    ```
                    """)).isEmpty();
            assertThat(run("""
                    <!-- doc: jdk 17 -->
                    ```java
                    System.out.println("ran");
                    ```

                    <!-- doc: output -->
                    ```
                    did not run
                    ```
                    """)).singleElement().asString().startsWith("chapters/en/99-sample.md:7: the shown output is not what");
            assertThat(run("""
                    <!-- doc: jdk twenty-one -->
                    ```java
                    int x = 1;
                    ```
                    """)).singleElement().asString().startsWith("chapters/en/99-sample.md:1: the doc marker \"jdk\" needs");
        }

        @Test
        @DisplayName("a chapter block that neither runs nor says what it is fails")
        void unmarkedBlocks() throws IOException {
            assertThat(run("""
                    ```bash
                    ls
                    ```

                    ```
                    some text
                    ```
                    """)).hasSize(2)
                    .anySatisfy(p -> assertThat(p).startsWith("chapters/en/99-sample.md:1: a bash block without curl"))
                    .anySatisfy(p -> assertThat(p).startsWith("chapters/en/99-sample.md:5: a text block without a doc marker"));
        }

        @Test
        @DisplayName("a quote must match the file it quotes, comments aside")
        void quotes() throws IOException {
            String chapter = """
                    <!-- doc: quote .mvn/maven.config -->
                    ```text
                    %s
                    ```
                    """;
            assertThat(run(chapter.formatted("--also-make"))).isEmpty();
            assertThat(run(chapter.formatted("--also-nothing"))).singleElement().asString()
                    .startsWith("chapters/en/99-sample.md:2: quotes .mvn/maven.config, but this line is not in it");
        }
    }

    @Nested
    @DisplayName("the other checks")
    class Checks {

        @Test
        @DisplayName("a link to an anchor that does not exist fails; one that exists passes")
        void brokenAnchor() throws IOException {
            Path other = dir.resolve("other.md");
            Files.writeString(other, "<a id=\"present\"></a>\n## A heading\n");
            Path file = dir.resolve("file.md");
            Files.writeString(file, "See [this](other.md#present), [that](other.md#a-heading) and [gone](other.md#missing).\n");
            List<String> problems = LinkCheck.check(MarkdownFile.read(file, "file.md"), path -> MarkdownFile.read(path, "other.md"));
            assertThat(problems).containsExactly(
                    "file.md:1: the link other.md#missing names the anchor #missing, which other.md does not have");
        }

        @Test
        @DisplayName("a Japanese chapter whose code differs from the English one fails; other comments are fine")
        void japaneseAndEnglishCode() {
            String english = "<a id=\"one\"></a>\n## One\n```java\nint x = 1; // one\n```\n";
            MarkdownFile en = MarkdownFile.parse(Path.of("en.md"), "chapters/en/x.md", english);
            MarkdownFile jaSame = MarkdownFile.parse(Path.of("ja.md"), "chapters/ja/x.md",
                    "<a id=\"one\"></a>\n## 一\n```java\nint x = 1; // いち\n```\n");
            MarkdownFile jaOther = MarkdownFile.parse(Path.of("ja.md"), "chapters/ja/x.md",
                    "<a id=\"one\"></a>\n## 一\n```java\nint x = 2; // いち\n```\n");
            MarkdownFile jaAnchor = MarkdownFile.parse(Path.of("ja.md"), "chapters/ja/x.md",
                    "<a id=\"uno\"></a>\n## 一\n```java\nint x = 1;\n```\n");

            assertThat(ParityCheck.compare(jaSame, en)).isEmpty();
            assertThat(ParityCheck.compare(jaOther, en)).singleElement().asString()
                    .startsWith("chapters/ja/x.md:3 / chapters/en/x.md:3: block 1 (java) has other code in Japanese than in English")
                    .contains("ja: int x = 2;", "en: int x = 1;");
            assertThat(ParityCheck.compare(jaAnchor, en)).singleElement().asString().contains("the anchors differ");
        }

        @Test
        @DisplayName("a topic that maps to nothing, or to a section or task that does not exist, fails; a planned one is pending")
        void coverageMap() {
            Optional<Set<String>> chapter = Optional.of(Set.of("get-one"));
            CoverageMap.Topic nothing = new CoverageMap.Topic("status-418", "4.2", "418 I'm a teapot", null, null, null);
            CoverageMap.Topic badSection = new CoverageMap.Topic("get", "4.1", "GET", "01-http-methods#get-all", "01.2", null);
            CoverageMap.Topic badTask = new CoverageMap.Topic("get", "4.1", "GET", "01-http-methods#get-one", "01.9", null);
            CoverageMap.Topic planned = new CoverageMap.Topic("status-409", "4.2", "409 Conflict", null, null, "03-status-codes");
            CoverageMap.Topic good = new CoverageMap.Topic("get", "4.1", "GET", "01-http-methods#get-one", "01.2", null);

            assertThat(verdict(nothing, chapter, false).failure()).get().asString().startsWith("it maps to nothing");
            assertThat(verdict(badSection, chapter, false).failure()).get().asString()
                    .contains("chapter 01-http-methods has no anchor get-all");
            assertThat(verdict(badTask, chapter, false).failure()).get().asString().contains("the task 01.9 does not exist");
            assertThat(verdict(planned, chapter, false).pending()).contains("planned for module 03-status-codes");
            assertThat(verdict(planned, chapter, true).failure()).get().asString()
                    .startsWith("module 03-status-codes has its chapter now");
            assertThat(verdict(good, chapter, false)).satisfies(v -> {
                assertThat(v.failure()).isEmpty();
                assertThat(v.pending()).isEmpty();
            });
        }

        private CoverageMap.Verdict verdict(CoverageMap.Topic topic, Optional<Set<String>> anchors, boolean moduleReady) {
            return CoverageMap.check(topic, name -> name.equals("01-http-methods") ? anchors : Optional.empty(),
                    Set.of("01.1", "01.2")::contains, module -> moduleReady);
        }

        @Test
        @DisplayName("a renamed section heading fails while a task's hints still quote the old one")
        void hintsQuoteTheHeading() {
            String chapter = "<a id=\"get-one\"></a>\n### %s\n\nTask 01.2.\n";
            ExerciseManifest manifest = new ExerciseManifest("01", new Localized("m", "m"), new Localized("ja.md", "en.md"),
                    List.of(new Task("01.2", new Localized("t", "t"), 1, "get-one",
                            List.of(new Localized("「GET で 1 件取得する」", "Read “GET one resource”.")))),
                    ExerciseManifest.BASELINE_JAVA);
            MarkdownFile renamed = MarkdownFile.parse(Path.of("en.md"), "chapters/en/01.md", chapter.formatted("GET a single post"));
            MarkdownFile same = MarkdownFile.parse(Path.of("en.md"), "chapters/en/01.md", chapter.formatted("GET one resource"));

            assertThat(TaskReferences.hintsNameTheirSections(renamed, manifest, Language.EN)).singleElement().asString()
                    .startsWith("chapters/en/01.md: no hint of task 01.2 names its section “GET a single post”");
            assertThat(TaskReferences.hintsNameTheirSections(same, manifest, Language.EN)).isEmpty();
        }

        @Test
        @DisplayName("a sequence diagram Mermaid cannot read fails, naming its line")
        void brokenDiagram() {
            MarkdownFile file = MarkdownFile.parse(Path.of("x.md"), "x.md", """
                    ```mermaid
                    sequenceDiagram
                        participant C as Client
                        C->>S GET /posts/1
                        loop every second
                    ```
                    """);
            assertThat(Mermaid.problems(file.blocks().get(0))).containsExactly(
                    "x.md:4: Mermaid cannot read this sequence-diagram line: C->>S GET /posts/1",
                    "x.md:5: this block has no \"end\"");
        }
    }
}
