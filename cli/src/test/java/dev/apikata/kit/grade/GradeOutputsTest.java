package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.grade.LearnerReport.TestReport;
import dev.apikata.kit.project.Project;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What kit grade writes for a small class: results, feedback and report, in both languages. */
class GradeOutputsTest {

    @TempDir
    Path dir;

    private Project kit;

    private static final LearnerReport ALICE = GradesCsvTest.learner("alice", true, true, true);
    // Bob made the known mistake of 01.1 and did not start 01.2; his counter does not compile.
    private static final LearnerReport BOB = new LearnerReport("bob", List.of(
            new ModuleReport("01-greetings", null, List.of(
                    new TaskReport("01.1", 2, List.of(
                            new TestReport("greets Ann by name", "failed", "assertion", "expected \"Hello, Ann!\" but was \"Hello, Ann\""),
                            new TestReport("greets Bo by name", "failed", "assertion", "expected \"Hello, Bo!\"")),
                            List.of("01.1-no-exclamation-mark")),
                    GradesCsvTest.task("01.2", 1, false))),
            new ModuleReport("02-counting", "exercises/02-counting/src/main/java/demo/count/Counter.java:5: ';' expected",
                    List.of(new TaskReport("02.1", 3, List.of(), List.of())))),
            List.of("exercises/01-greetings/src/test/java/demo/GreeterTest.java (changed)"), List.of(), List.of("none"), 2.0);

    @BeforeEach
    void fixture() {
        kit = FixtureProject.create(dir.resolve("kit")).project();
    }

    private Path write(Language language) {
        Path out = dir.resolve("out-" + language.code());
        GradeOutputs.write(out, kit, List.of(BOB, ALICE), List.of("bubblewrap"), GradeTexts.in(language),
                ZonedDateTime.parse("2026-12-01T10:00:00+09:00"));
        return out;
    }

    @Test
    void resultsHaveGradescopesShapeAndAddUpToTheTotal() throws Exception {
        Path out = write(Language.EN);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("gradescope-results.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (String learner : List.of("alice", "bob")) {
            JsonNode results = new ObjectMapper().readTree(out.resolve("results/" + learner + ".json").toFile());
            assertThat(schema.validate(results)).as("schema errors of %s", learner).isEmpty();
            double sum = 0;
            for (JsonNode test : results.path("tests")) {
                sum += test.path("score").asDouble();
            }
            assertThat(sum).as("the tests' scores add up to the top-level score").isCloseTo(results.path("score").asDouble(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
        JsonNode bob = new ObjectMapper().readTree(out.resolve("results/bob.json").toFile());
        assertThat(bob.path("score").asDouble()).isEqualTo(0.0);
        assertThat(bob.path("tests").get(0).path("name").asText()).isEqualTo("01.1 Greet by name > greets Ann by name");
        assertThat(bob.path("tests").get(0).path("tags").get(0).asText()).isEqualTo("task:01.1");
        assertThat(bob.toString()).contains("02-counting: compile error", "';' expected");
    }

    @Test
    void feedbackExplainsTheKnownMistakeAndGivesTheFirstHintInTheLearnersLanguage() throws Exception {
        String english = Files.readString(write(Language.EN).resolve("feedback/bob.md"));
        String japanese = Files.readString(write(Language.JA).resolve("feedback/bob.md"));

        assertThat(english).startsWith("# Feedback for bob\n\n**0 of 6 points**")
                .contains("### ✗ Task 01.1 Greet by name: 0/2 points",
                        "> This looks like a known mistake: The exclamation mark is missing.",
                        "expected \"Hello, Ann!\" but was \"Hello, Ann\"", "Hint: Concatenate strings.",
                        "Read: chapters/en/01-greetings.md#greet",
                        "Your code in this module does not compile", "';' expected",
                        "`exercises/01-greetings/src/test/java/demo/GreeterTest.java (changed)`");
        assertThat(japanese).startsWith("# bob さんへのフィードバック")
                .contains("よくある間違いのようです: 感嘆符を忘れています。", "ヒント: 文字列を連結します。");
        assertThat(Files.readString(dir.resolve("out-en/feedback/alice.md"))).contains("✓ Task 01.1 Greet by name: 2/2 points");
    }

    @Test
    void theReportIsOnePageWithoutExternalResourcesAndCountsTheClass() throws Exception {
        String html = Files.readString(write(Language.EN).resolve("report.html"));

        assertThat(html).contains("default-src 'none'")
                .doesNotContainPattern("(src|href)=\"(https?:)?//")
                .contains("data-bin=\"0\" data-count=\"1\"", "data-bin=\"9\" data-count=\"1\"")
                .contains("data-task=\"01.1\" data-rate=\"0.5000\"", "data-task=\"02.1\" data-rate=\"0.5000\"")
                .contains("data-mistake=\"01.1-no-exclamation-mark\" data-count=\"1\"", "The exclamation mark is missing.")
                .contains("<a href=\"feedback/alice.md\">alice</a>", "<a href=\"feedback/bob.md\">bob</a>")
                .contains("02-counting: compile error; 1 ignored edit(s)");
        assertThat(Files.readString(dir.resolve("out-en/grades.csv"))).contains("alice,3,3,6,6,100.0", "bob,0,0,0,6,0.0");
    }

    /** A class of twelve, written where .ci/run opens it in a real browser (cli/src/test/browser/report-check.js). */
    @Test
    void writesASampleClassReportForTheBrowserCheck() throws Exception {
        List<LearnerReport> learners = new java.util.ArrayList<>(List.of(ALICE, BOB));
        for (int i = 0; i < 10; i++) {
            learners.add(GradesCsvTest.learner("learner-" + (char) ('a' + i), i % 2 == 0, i % 3 == 0, i > 6));
        }
        Path sample = Path.of("target", "report-sample");
        if (Files.exists(sample.resolve(GradeOutputs.RAW))) {
            try (var walk = Files.walk(sample)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        GradeOutputs.write(sample, kit, learners, List.of("bubblewrap"), GradeTexts.in(Language.JA), ZonedDateTime.now());

        assertThat(sample.resolve("report.html")).content().contains("apikata クラスレポート", "learner-j");
    }

    @Test
    void mergingShardsGivesTheSameGradebookAsOneRun() throws Exception {
        Path whole = write(Language.EN);
        Path first = dir.resolve("shard-1");
        Path second = dir.resolve("shard-2");
        GradeOutputs.write(first, kit, List.of(ALICE), List.of("bubblewrap"), GradeTexts.in(Language.EN), ZonedDateTime.now());
        GradeOutputs.write(second, kit, List.of(BOB), List.of("bubblewrap"), GradeTexts.in(Language.EN), ZonedDateTime.now());

        List<LearnerReport> merged = new java.util.ArrayList<>(GradeOutputs.read(second).learners());
        merged.addAll(GradeOutputs.read(first).learners());
        Path mergedOut = dir.resolve("merged");
        GradeOutputs.write(mergedOut, kit, merged, List.of("bubblewrap"), GradeTexts.in(Language.EN), ZonedDateTime.now());

        assertThat(mergedOut.resolve("grades.csv")).hasSameTextualContentAs(whole.resolve("grades.csv"));
        assertThat(mergedOut.resolve("feedback/bob.md")).hasSameTextualContentAs(whole.resolve("feedback/bob.md"));
        assertThat(mergedOut.resolve("results/bob.json")).hasSameTextualContentAs(whole.resolve("results/bob.json"));
    }
}
