package dev.apikata.kit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitInvocation;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.progress.KnownResult;
import dev.apikata.kit.progress.ProgressStore;
import dev.apikata.kit.runner.CachingRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsTasksDoneABarAndPointsPerModule() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "list");

        assertThat(kit.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kit.out()).containsPattern("01 Greetings +2/2 +\\[##########\\] +3/3")
                .containsPattern("02 Counting +0/1 +\\[----------\\] +0/3")
                .containsPattern("total +2/3 +\\[#######---\\] +3/6")
                .contains("Next: task 02.1 \"Return the next number\". Stuck? ./kit hint 02.1");
    }

    @Test
    void withCachedResultsItRunsNoTestAndSaysNothingAboutRunningThem() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        CachingRunner cached = new CachingRunner(SharedRunner.get(), SharedRunner.cache());

        KitInvocation first = list(fixture, cached);
        KitInvocation second = list(fixture, cached);
        fixture.replace(FixtureProject.COUNTER_STUB, "throw NotDoneYet.task(\"02.1\");", "return 1;");
        KitInvocation afterAnEdit = list(fixture, cached);

        assertThat(first.err()).contains("Running the tests of 2 module(s)");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(afterAnEdit.err()).contains("Running the tests of 1 module(s)");
    }

    private static KitInvocation list(FixtureProject fixture, CachingRunner runner) {
        CommandLine kit = Kit.commandLine(Language.EN, runner);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        int exit = kit.execute("--lang", "en", "--project", fixture.root().toString(), "list");
        return new KitInvocation(exit, out.toString(), err.toString());
    }

    @Test
    void remembersTheResultsItFound() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation.run(Language.EN, fixture.root(), "list");

        assertThat(ProgressStore.in(fixture.root()).load().result("01.1")).contains(new KnownResult(2, 2));
        assertThat(ProgressStore.in(fixture.root()).load().result("02.1")).contains(new KnownResult(0, 1));
    }

    @Test
    void namesTheFirstCompileErrorOfAModule() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.COUNTER_STUB, "throw NotDoneYet.task(\"02.1\");", "return;");

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "list");

        assertThat(kit.out()).contains("does not compile: " + Path.of(FixtureProject.COUNTER_STUB) + ":7:");
    }

    @Test
    void speaksJapaneseAndAlignsWideCharacters() {
        FixtureProject fixture = FixtureProject.create(dir);

        KitInvocation kit = KitInvocation.run(Language.JA, fixture.root(), "list");

        // "01 あいさつ" is 11 columns wide, "02 数える" 9, "合計" 4: each is padded to the widest plus two.
        assertThat(kit.out()).contains("01 あいさつ  0/2", "02 数える    0/1", "合計         0/3")
                .contains("次のタスク: 01.1「名前であいさつする」");
    }

    @Test
    void printsJsonForTools() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();

        KitInvocation kit = KitInvocation.run(Language.EN, fixture.root(), "list", "--json");

        JsonNode json = new ObjectMapper().readTree(kit.out());
        assertThat(json.path("tasksDone").asInt()).isEqualTo(2);
        assertThat(json.path("pointsTotal").asInt()).isEqualTo(6);
        assertThat(json.path("modules").get(0).path("name").asText()).isEqualTo("01-greetings");
        assertThat(json.path("modules").get(0).path("tasks").get(1).path("pointsEarned").asInt()).isEqualTo(1);
        assertThat(json.path("modules").get(1).path("compiled").asBoolean()).isTrue();
        assertThat(json.path("currentTask").path("taskId").asText()).isEqualTo("02.1");
    }
}
