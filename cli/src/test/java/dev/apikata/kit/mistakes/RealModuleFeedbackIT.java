package dev.apikata.kit.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.KitInvocation;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.worker.IsolatedRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a learner of module 01 reads when their code makes a catalogued mistake: on a copy of the
 * real project whose "learner code" is the reference solution with one known mistake applied.
 * Proves the learner framing of every failure path and the mistake-aware hint.
 */
class RealModuleFeedbackIT {

    private static final Path REAL_ROOT = Path.of(System.getProperty("apikata.projectRoot", ".."));
    private static final String MODULE = "01-http-methods";

    @TempDir
    Path copy;

    private Project project;

    @BeforeEach
    void copyModule01() throws IOException {
        Files.writeString(copy.resolve("pom.xml"), "<project/>\n");
        copyTree(REAL_ROOT.resolve("exercises").resolve(MODULE), copy.resolve("exercises").resolve(MODULE));
        copyTree(REAL_ROOT.resolve("solutions").resolve(MODULE), copy.resolve("solutions").resolve(MODULE));
        project = Project.at(copy);
    }

    /** The learner's sources become the solution with {@code mistakeId} in it. */
    private ExerciseModule learnerMakes(String mistakeId) throws Exception {
        ExerciseModule module = project.module(MODULE).orElseThrow();
        KnownMistake mistake = MistakeCatalogue.of(module).mistakes().stream()
                .filter(known -> known.id().equals(mistakeId)).findFirst().orElseThrow();
        MistakeApplier.apply(mistake, module.solutionSources(), module.stubSources());
        return module;
    }

    private static TestOutcome outcome(RunResult run, String taskId, String displayName) {
        return run.tests().stream()
                .filter(test -> test.taskId().filter(taskId::equals).isPresent() && test.displayName().equals(displayName))
                .findFirst().orElseThrow();
    }

    @Test
    void anExpectedExceptionThatIsMissingKeepsItsDescription() throws Exception {
        RunResult run = SharedRunner.get().run(learnerMakes("01.2-any-error-is-absent"), Implementation.STUBS);

        assertThat(outcome(run, "01.2", "401 is an UnexpectedStatusException, not \"no such post\"").message())
                .startsWith("Task 01.2 \"GET one resource (a 404 means not found)\" does not pass yet:")
                .contains("[find(1) when the server answers 401]")
                .endsWith("→ Read: chapters/en/01-http-methods.md#get-one  Hint: ./kit hint 01.2");
    }

    @Test
    void aRequestThatMatchedNoStubIsShownBesideTheAssertionItBroke() throws Exception {
        RunResult run = SharedRunner.get().run(learnerMakes("01.2-wrong-path"), Implementation.STUBS);

        assertThat(outcome(run, "01.2", "GET /posts/1 returns the post, asking for JSON").message())
                .contains("[find(1) when the server answers 200 with post 1]")
                .contains("GET /post/1 (closest stub: GET /posts/1)")
                .contains("- the URL was /post/1; the test expected /posts/1");
    }

    @Test
    void aRequestNoStubExpectedFailsATestWhoseAssertionsPassed() throws Exception {
        RunResult run = SharedRunner.get().run(learnerMakes("01.5-post-instead-of-put"), Implementation.STUBS);

        assertThat(outcome(run, "01.5", "404 is an UnexpectedStatusException").message())
                .startsWith("Task 01.5 \"Replace a whole resource with PUT\" does not pass yet:")
                .contains("Your code sent 1 request(s) that no stub of this test expected:",
                        "POST /posts/1 (closest stub: PUT /posts/1)", "- the method was POST; the test expected PUT")
                .endsWith("Hint: ./kit hint 01.5");
    }

    @Test
    void aMissingHeaderIsSummarisedBeforeWireMocksReport() throws Exception {
        RunResult run = SharedRunner.get().run(learnerMakes("01.4-no-content-type"), Implementation.STUBS);

        assertThat(outcome(run, "01.4", "POST /posts sends the post as JSON and returns it as the server stored it, with its id")
                .message())
                .contains("- the Content-Type header was not sent (the test expected Content-Type: application/json)")
                .contains("No requests exactly matched");
    }

    @Test
    void anUnexpectedStatusShowsTheClosestStubNotWireMocksTableInTheLearnersLanguage() throws Exception {
        ExerciseModule module = learnerMakes("01.6-method-override-header");
        String test = "PATCH /posts/1 sends only the changed fields and returns the whole post";

        String english = outcome(SharedRunner.get().run(module, Implementation.STUBS), "01.6", test).message();
        String japanese;
        try (IsolatedRunner runner = new IsolatedRunner(Language.JA)) {
            japanese = outcome(runner.run(module, Implementation.STUBS), "01.6", test).message();
        }

        assertThat(english).containsPattern("UnexpectedStatusException: POST http://\\S+/posts/1 answered 404: "
                        + "no stub of the test matched this request \\(closest stub: PATCH /posts/1\\): "
                        + "the method was POST; the test expected PATCH")
                .doesNotContain("-----", "Closest stub  ");
        assertThat(japanese).startsWith("タスク 01.6「PATCH で一部だけ更新する」のテストが通りません:")
                .containsPattern("POST http://\\S+/posts/1 に 404 が返りました: このリクエストに一致するスタブがテストにありません")
                .endsWith("ヒント: ./kit hint 01.6");
    }

    @Test
    void kitHintExplainsTheKnownMistakeFirst() throws Exception {
        learnerMakes("01.7-accepted-is-deleted");

        KitInvocation current = KitInvocation.run(Language.EN, copy, "hint");
        KitInvocation japanese = KitInvocation.run(Language.JA, copy, "hint", "01.7");

        assertThat(current.out()).startsWith("Task 01.7 \"Delete with DELETE (the second time is fine too)\"")
                .contains("This looks like a known mistake: 202 Accepted means “deletion accepted, it happens later”",
                        "About it: chapters/en/01-http-methods.md#delete-idempotent", "Hint 1/3:");
        assertThat(current.out().indexOf("known mistake")).isLessThan(current.out().indexOf("Hint 1/3:"));
        assertThat(japanese.out()).contains("よくある間違いのようです: 202 Accepted は「削除を受け付けた。実行は後で」");
    }

    @Test
    void aCorrectTaskGetsNoMistakeExplanation() throws Exception {
        learnerMakes("01.7-accepted-is-deleted");

        KitInvocation kit = KitInvocation.run(Language.EN, copy, "hint", "01.2");

        assertThat(kit.out()).startsWith("Task 01.2").doesNotContain("known mistake");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && relative.getName(0).toString().equals("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
